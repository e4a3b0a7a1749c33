import type { OperationTable } from '../aws/operation.js';
import { deleteParameter, deleteParameters, getParameter, getParameters, putParameter } from './parameters.js';
import { getParameterHistory, labelParameterVersion } from './history.js';
import { describeParameters, getParametersByPath } from './queries.js';
import { addTagsToResource, listTagsForResource, removeTagsFromResource } from './tags.js';

/** `X-Amz-Target: AmazonSSM.<name>` → handler. */
export const SSM_OPERATIONS: OperationTable = {
  PutParameter: { mutates: true, run: putParameter },
  GetParameter: { mutates: false, run: getParameter },
  GetParameters: { mutates: false, run: getParameters },
  GetParametersByPath: { mutates: false, run: getParametersByPath },
  DeleteParameter: { mutates: true, run: deleteParameter },
  DeleteParameters: { mutates: true, run: deleteParameters },
  DescribeParameters: { mutates: false, run: describeParameters },
  GetParameterHistory: { mutates: false, run: getParameterHistory },
  LabelParameterVersion: { mutates: true, run: labelParameterVersion },
  AddTagsToResource: { mutates: true, run: addTagsToResource },
  RemoveTagsFromResource: { mutates: true, run: removeTagsFromResource },
  ListTagsForResource: { mutates: false, run: listTagsForResource },
};
