// Facts about this process from the operating system.
#pragma once

#include <string>

namespace daibiao::platform {

// "host:pid": names this process among the nodes of a deployment (e.g. as a lease holder).
std::string host_and_pid();

}  // namespace daibiao::platform
