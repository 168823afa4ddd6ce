#include "cli/lsp/check_json.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/lsp/json.hpp"
#include "cli/lsp/tokens.hpp"

namespace weft::lsp {

int checkJson(const std::string& path, const AnalysisOptions& options, std::ostream& out) {
  // Diagnostics name the file by its absolute path, as `weft check` does.
  std::error_code ec;
  auto abs = std::filesystem::absolute(path, ec);
  std::string filename = ec ? path : abs.lexically_normal().string();
  json list = json::array();
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    list.push_back({{"file", filename},
                    {"line", 0},
                    {"column", 0},
                    {"endLine", 0},
                    {"endColumn", 0},
                    {"severity", "error"},
                    {"message", "open " + path + ": no such file or directory"}});
    out << list.dump(2) << "\n";
    return 1;
  }
  std::ostringstream text;
  text << in.rdbuf();
  auto a = Analysis::run(filename, text.str(), options);
  Tokens tokens(a->text.str());
  for (const lang::Diagnostic& d : a->diagnostics) {
    json j = {{"file", d.file}, {"line", d.pos.line}, {"column", d.pos.col}};
    if (d.file == a->filename) {
      auto [begin, end] = tokens.spanAt(a->text.offsetOf(d.pos));
      ast::Pos e = a->text.posOf(end);
      j["endLine"] = e.line;
      j["endColumn"] = e.col;
    } else {
      j["endLine"] = d.pos.line;
      j["endColumn"] = d.pos.col;
    }
    j["severity"] = d.severity == lang::Severity::Error ? "error" : "warning";
    j["message"] = d.message;
    list.push_back(std::move(j));
  }
  out << list.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
  // As `weft check`: any diagnostic, a vet warning included, makes the status 1.
  return a->diagnostics.empty() ? 0 : 1;
}

}  // namespace weft::lsp
