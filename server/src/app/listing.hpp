// A page of results in the one list shape every list route returns (the stores build it:
// storage/list_page.hpp).
#pragma once

#include "storage/list_page.hpp"

namespace daibiao::app {

template <typename T>
using ListResult = storage::ListPage<T>;
// For list code not yet moved into its store; new lists belong in storage/<area>.
using storage::list_rows;

}  // namespace daibiao::app
