// The audit admin's view of the audit log: search and export. Nobody else reads it.
#pragma once

#include <functional>

#include "app/listing.hpp"
#include "app/use_case.hpp"

namespace daibiao::app {

Result<ListResult<audit::Record>> search_audit(Env&, const Caller&, const storage::ListRequest&);

// Streams every record matching the filters (no paging), oldest first, to `sink`, in
// batches; the export itself is audited.
Status export_audit(Env&, const Caller&, const storage::ListRequest& filters,
                    const std::function<void(const audit::Record&)>& sink);

}  // namespace daibiao::app
