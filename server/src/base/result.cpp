#include "base/result.hpp"

namespace daibiao {

const char* error_code_name(ErrorCode code) {
  switch (code) {
    case ErrorCode::invalid_argument:
      return "invalid_argument";
    case ErrorCode::unauthenticated:
      return "unauthenticated";
    case ErrorCode::permission_denied:
      return "permission_denied";
    case ErrorCode::not_found:
      return "not_found";
    case ErrorCode::failed_precondition:
      return "failed_precondition";
    case ErrorCode::conflict:
      return "conflict";
    case ErrorCode::too_many_requests:
      return "too_many_requests";
    case ErrorCode::payload_too_large:
      return "payload_too_large";
    case ErrorCode::unsupported_media_type:
      return "unsupported_media_type";
    case ErrorCode::internal:
      return "internal";
  }
  return "internal";
}

}  // namespace daibiao
