// unreachableBodies: the fixed point of "a name occurs in reachable code" (see prune.hpp).
#include "lang/check/prune.hpp"

#include <functional>
#include <string_view>
#include <unordered_map>

#include "lang/ast_walk.hpp"

namespace weft::lang::check {
namespace {

// Methods that natives call by name, without Go code naming them: fmt's printer (Error, String,
// GoString, Format), fmt's scanners (Read, ReadRune, UnreadRune), panic messages (Error,
// String).
constexpr std::string_view kAlwaysReachable[] = {"Error", "String",   "GoString",  "Format",
                                                 "Read",  "ReadRune", "UnreadRune"};

class Reach {
 public:
  void name(std::string_view n) {
    if (names_.insert(n).second) fresh_.push_back(n);
  }
  // Every identifier under `node` (order does not matter: one explicit stack, no recursion).
  void scan(const ast::Node* node) {
    stack_.push_back(node);
    while (!stack_.empty()) {
      const ast::Node* n = stack_.back();
      stack_.pop_back();
      if (n->kind == ast::NodeKind::Ident)
        name(static_cast<const ast::Ident*>(n)->name);
      else
        ast::forEachChild(n, push_);
    }
  }
  void wait(const ast::FuncDecl* fd) { waiting_[fd->name->name].push_back(fd); }

  // Scans the bodies whose names have become reachable until nothing new turns up; what is
  // still waiting then is unreachable.
  std::unordered_set<const ast::FuncDecl*> settle() {
    while (!fresh_.empty()) {
      std::string_view n = fresh_.back();
      fresh_.pop_back();
      auto it = waiting_.find(n);
      if (it == waiting_.end()) continue;
      std::vector<const ast::FuncDecl*> now = std::move(it->second);
      waiting_.erase(it);
      for (const ast::FuncDecl* fd : now) scan(fd);
    }
    std::unordered_set<const ast::FuncDecl*> out;
    for (const auto& [n, fds] : waiting_) out.insert(fds.begin(), fds.end());
    return out;
  }

 private:
  std::vector<const ast::Node*> stack_;
  const std::function<void(const ast::Node*)> push_ = [this](const ast::Node* c) {
    stack_.push_back(c);
  };
  std::unordered_set<std::string_view> names_;
  std::vector<std::string_view> fresh_;
  std::unordered_map<std::string_view, std::vector<const ast::FuncDecl*>> waiting_;
};

}  // namespace

std::unordered_set<const ast::FuncDecl*> unreachableBodies(
    const std::vector<const ast::File*>& mainFiles,
    const std::vector<const ast::File*>& libraryFiles) {
  Reach reach;
  for (std::string_view n : kAlwaysReachable) reach.name(n);
  for (const ast::File* f : mainFiles) reach.scan(f);
  for (const ast::File* f : libraryFiles) {
    for (const ast::Node* d : f->decls) {
      if (d->kind != ast::NodeKind::FuncDecl) {
        reach.scan(d);
        continue;
      }
      auto fd = static_cast<const ast::FuncDecl*>(d);
      if (!fd->body || !fd->name) continue;  // natives have nothing to skip
      if (!fd->recv && fd->name->name == "init")
        reach.scan(fd);
      else
        reach.wait(fd);
    }
  }
  return reach.settle();
}

}  // namespace weft::lang::check
