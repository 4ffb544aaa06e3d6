import { policy, publicPolicy } from './policy';
import { ROLES } from '../auth/roles';

const everyone = { agency: [...ROLES] };

export const systemPolicies = {
  health: publicPolicy('system.health', 'Trạng thái hệ thống'),
  docs: publicPolicy('system.docs', 'Tài liệu API'),
  /** In production mode the API documentation is for signed-in users only. */
  docsSignedIn: policy('system.docsSignedIn', everyone, 'Tài liệu API (chế độ vận hành: chỉ người đã đăng nhập)'),
  catalogue: policy('system.catalogue', everyone, 'Danh mục dùng chung'),
  jobRead: policy('jobs.read', everyone, 'Tiến độ công việc của chính mình'),
};
