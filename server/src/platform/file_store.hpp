// Whole files kept by key (attachments): the port the app writes through, so that no use case
// touches the file system itself. A key is a plain name — letters, digits, '-', '_' and '.',
// not starting with '.', at most 128 bytes — never a path.
#pragma once

#include <string>
#include <string_view>

#include "base/result.hpp"

namespace daibiao::platform {

class FileStore {
 public:
  virtual ~FileStore() = default;
  // Stores `bytes` under a new `key`, durably (a crash leaves the whole file or none);
  // failed_precondition when the key is taken, invalid_argument for a bad key.
  virtual Status put(std::string_view key, std::string_view bytes) = 0;
  // The bytes stored under `key`; not_found when there are none.
  virtual Result<std::string> open(std::string_view key) const = 0;
  // Forgets `key`; removing a key that is not there is not an error.
  virtual Status remove(std::string_view key) = 0;
};

// True for a usable key (see above).
bool valid_file_key(std::string_view key);

// A FileStore on a directory of the real file system (created on the first put), one file per
// key, mode 600.
class DirectoryFileStore final : public FileStore {
 public:
  explicit DirectoryFileStore(std::string dir) : dir_(std::move(dir)) {}
  Status put(std::string_view key, std::string_view bytes) override;
  Result<std::string> open(std::string_view key) const override;
  Status remove(std::string_view key) override;

 private:
  std::string path_of(std::string_view key) const;
  std::string dir_;
};

}  // namespace daibiao::platform
