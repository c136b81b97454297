#include "platform/process.hpp"

#include <unistd.h>

namespace daibiao::platform {

std::string host_and_pid() {
  char host[256] = {};
  if (gethostname(host, sizeof host - 1) != 0) host[0] = '\0';
  return std::string(host) + ":" + std::to_string(getpid());
}

}  // namespace daibiao::platform
