#include "domain/people/account.hpp"

namespace daibiao::people {

Status check_username(std::string_view u) {
  bool ok = u.size() >= 3 && u.size() <= 32 && u[0] >= 'a' && u[0] <= 'z';
  for (char c : u)
    ok = ok &&
         ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-');
  if (!ok)
    return fail_fields({{"username", "用户名须为 3–32 位小写字母、数字或 . _ -，并以字母开头"}});
  return {};
}

}  // namespace daibiao::people
