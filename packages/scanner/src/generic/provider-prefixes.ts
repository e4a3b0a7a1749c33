/**
 * Prefixes that announce a provider's token format (`sk-ant-`, `dapi`, `ghp_`…). Each has its own provider
 * rule, which knows the exact shape: when a value with such a prefix does not pass that rule
 * (`sk-ant-oat01-tooShort`), a generic rule must not report it again under a vaguer name.
 */
const PROVIDER_PREFIXES = [
  'sk-ant-', 'sk-proj-', 'sk-svcacct-', 'dapi', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_', 'glpat-', 'gldt-',
  'glrt-', 'glptt-', 'glft-', 'glcbt-', 'glsoat-', 'xoxb-', 'xoxp-', 'xoxa-', 'xoxe-', 'xoxs-', 'xapp-', 'sk_live_',
  'sk_test_', 'rk_live_', 'rk_test_', 'whsec_', 'hf_', 'api_org_', 'dop_v1_', 'doo_v1_', 'dor_v1_', 'npm_', 'pypi-',
  'shpat_', 'shpss_', 'shpca_', 'shppa_', 'dckr_pat_', 'hvs.', 'hvb.', 'glsa_', 'glc_', 'sntrys_', 'sntryu_',
  'dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'pscale_tkn_', 'pscale_pw_', 'xai-', 'gsk_', 'pcsk_', 'r8_', 'pplx-',
  'rubygems_', 'tskey-', 'lin_api_', 'ATATT3', 'AKIA', 'ASIA',
];

const PROVIDER_PREFIX = new RegExp(`^(?:${PROVIDER_PREFIXES.map((p) => p.replace(/[.]/g, '\\.')).join('|')})`);

/** True when `value` starts with a provider's token prefix, so that provider's rule owns it. */
export function hasProviderPrefix(value: string): boolean {
  return PROVIDER_PREFIX.test(value);
}
