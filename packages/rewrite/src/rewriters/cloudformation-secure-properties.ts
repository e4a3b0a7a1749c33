/**
 * Resource properties where CloudFormation resolves `{{resolve:ssm-secure:…}}`, as `Type` → property paths
 * (dots for nesting). Everywhere else a SecureString cannot be referenced; Secrets Manager works anywhere.
 */
export const SSM_SECURE_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  'AWS::RDS::DBInstance': ['MasterUserPassword'],
  'AWS::RDS::DBCluster': ['MasterUserPassword'],
  'AWS::Redshift::Cluster': ['MasterUserPassword'],
  'AWS::IAM::User': ['LoginProfile.Password'],
  'AWS::ElastiCache::ReplicationGroup': ['AuthToken'],
  'AWS::DirectoryService::MicrosoftAD': ['Password'],
  'AWS::DirectoryService::SimpleAD': ['Password'],
  'AWS::KinesisFirehose::DeliveryStream': ['RedshiftDestinationConfiguration.Password'],
  'AWS::OpsWorks::App': ['AppSource.Password', 'SslConfiguration.PrivateKey'],
  'AWS::OpsWorks::Stack': ['CustomCookbooksSource.Password', 'RdsDbInstances.DbPassword'],
};

export function supportsSsmSecure(resourceType: string, propertyPath: string): boolean {
  return SSM_SECURE_PROPERTIES[resourceType]?.includes(propertyPath) ?? false;
}
