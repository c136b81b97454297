// `daibiao keygen` and `daibiao keys …`: the keyring file (platform::FieldCipher) and the
// online re-encryption after a rotation (app/people/key_rotation.hpp). docs/operations.md walks
// through a rotation.
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>

namespace daibiao::cli {

class KeysCommand {
 public:
  // Adds the subcommands to `cli`.
  explicit KeysCommand(CLI::App& cli);
  // The exit code when one of these subcommands was given, nullopt otherwise.
  std::optional<int> run();

 private:
  int keygen();
  int list();
  int add();
  int activate();
  int status_or_reencrypt(bool rewrite);

  CLI::App* keygen_ = nullptr;
  CLI::App* list_ = nullptr;
  CLI::App* add_ = nullptr;
  CLI::App* activate_ = nullptr;
  CLI::App* status_ = nullptr;
  CLI::App* reencrypt_ = nullptr;
  std::string out_, key_file_, profile_ = "standard", db_url_;
  bool staged_ = false;
  int version_ = 0, batch_ = 500;
};

}  // namespace daibiao::cli
