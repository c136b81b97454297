// Who reads the supervision area's views of a congress, and which congress a view is for.
// Readers: suggestion.read (leaders, committee staff) or supervision.manage (the committee)
// over the congress.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/use_case.hpp"
#include "domain/org/org.hpp"

namespace daibiao::app {

bool may_read_supervision(const access::Principal& p, const std::string& path);
// The org paths under which `p` reads the supervision views, for a list's scope filter;
// permission_denied (`refusal` as its message) for a caller who reads nowhere.
Result<std::vector<std::string>> supervision_read_paths(const access::Principal& p,
                                                        const std::string& refusal);

// The congress a view is for: the one asked for when the caller reads there (not_found
// otherwise, as for one that does not exist), else the caller's own — the widest scope they
// read in. permission_denied for a caller who reads nowhere.
Result<org::Node> readable_congress(storage::Connection& c, const access::Principal& p,
                                    std::optional<std::int64_t> id);
// readable_congress, for a caller who must also hold supervision.manage there (the committee
// that runs the area's tools): permission_denied otherwise.
Result<org::Node> managed_congress(storage::Connection& c, const access::Principal& p,
                                   std::optional<std::int64_t> id);

}  // namespace daibiao::app
