#include "app/supervision/supervision_scope.hpp"

#include <algorithm>

#include "base/text.hpp"
#include "storage/org/org_store.hpp"

namespace daibiao::app {

using access::Permission;

bool may_read_supervision(const access::Principal& p, const std::string& path) {
  return p.can(Permission::suggestion_read, path) || p.can(Permission::supervision_manage, path);
}

Result<std::vector<std::string>> supervision_read_paths(const access::Principal& p,
                                                        const std::string& refusal) {
  auto paths = p.scope_paths(Permission::suggestion_read);
  for (auto& path : p.scope_paths(Permission::supervision_manage)) paths.push_back(path);
  if (paths.empty()) return fail(ErrorCode::permission_denied, refusal);
  return paths;
}

Result<org::Node> readable_congress(storage::Connection& c, const access::Principal& p,
                                    std::optional<std::int64_t> id) {
  if (!p.can_somewhere(Permission::suggestion_read) &&
      !p.can_somewhere(Permission::supervision_manage))
    return fail(ErrorCode::permission_denied, "没有权限查看督办情况");
  if (!id) {
    auto paths = p.scope_paths(Permission::supervision_manage);
    for (auto& path : p.scope_paths(Permission::suggestion_read)) paths.push_back(path);
    auto widest = std::ranges::min_element(
        paths, [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
    // "/1/4/" → 4: a scope path ends with its node's id.
    std::string_view path = *widest;
    path.remove_suffix(1);
    auto last = parse_int(path.substr(path.rfind('/') + 1));
    if (!last) return fail(ErrorCode::internal, "无法确定本级人大");
    id = *last;
  }
  auto node = storage::find_node(c, *id);
  if (!node && node.error().code != ErrorCode::not_found) return std::unexpected(node.error());
  if (!node || !may_read_supervision(p, node->path))
    return fail(ErrorCode::not_found, "机构不存在");
  return node;
}

Result<org::Node> managed_congress(storage::Connection& c, const access::Principal& p,
                                   std::optional<std::int64_t> id) {
  DAIBIAO_TRY(auto node, readable_congress(c, p, id));
  if (auto st = authorize(p, Permission::supervision_manage, node.path); !st)
    return std::unexpected(st.error());
  return node;
}

}  // namespace daibiao::app
