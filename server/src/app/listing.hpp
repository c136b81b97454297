// A page of results in the one list shape every list route returns (the stores build it:
// storage/list_page.hpp).
#pragma once

#include "storage/list_page.hpp"

namespace daibiao::app {

template <typename T>
using ListResult = storage::ListPage<T>;

}  // namespace daibiao::app
