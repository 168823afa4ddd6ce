#include "cli/lsp/find.hpp"

#include <cstring>
#include <functional>

#include "cli/lsp/ast_walk.hpp"

namespace weft::lsp {

using namespace ast;

namespace {

struct Span {
  std::size_t begin, end;
};

// The tokens of `n` itself (not of its children) that make it the subject of a hover.
void ownTokens(const Node* n, std::vector<Span>& out) {
  std::size_t at = startOf(n);
  switch (n->kind) {
    case NodeKind::Ident:
      out.push_back({at, at + static_cast<const Ident*>(n)->name.size()});
      break;
    case NodeKind::BasicLit:
      out.push_back({at, at + static_cast<const BasicLit*>(n)->raw.size()});
      break;
    case NodeKind::BinaryExpr:
      out.push_back({at, at + std::strlen(spell(static_cast<const BinaryExpr*>(n)->op))});
      break;
    case NodeKind::UnaryExpr:
      out.push_back({at, at + std::strlen(spell(static_cast<const UnaryExpr*>(n)->op))});
      break;
    case NodeKind::StarExpr:
      out.push_back({at, at + 1});
      break;
    case NodeKind::CallExpr: {
      auto* c = static_cast<const CallExpr*>(n);
      if (c->lparen.valid()) out.push_back({c->lparen.offset, c->lparen.offset + 1});
      if (c->rparen.valid()) out.push_back({c->rparen.offset, c->rparen.offset + 1});
      break;
    }
    case NodeKind::IndexExpr: {
      auto* c = static_cast<const IndexExpr*>(n);
      if (c->lbrack.valid()) out.push_back({c->lbrack.offset, c->lbrack.offset + 1});
      if (c->rbrack.valid()) out.push_back({c->rbrack.offset, c->rbrack.offset + 1});
      break;
    }
    case NodeKind::FuncLit:
      out.push_back({at, at + 4});  // `func`
      break;
    default:
      break;
  }
}

}  // namespace

Hit nodeAt(const File* file, std::size_t offset) {
  Hit best;
  bool bestInside = false;  // the best hit contains the offset (rather than ending at it)
  std::vector<const Node*> stack;
  std::function<void(const Node*)> visit = [&](const Node* n) {
    stack.push_back(n);
    std::vector<Span> spans;
    ownTokens(n, spans);
    for (Span s : spans) {
      bool inside = s.begin <= offset && offset < s.end;
      bool touching = offset == s.end && n->kind == NodeKind::Ident;
      if (!inside && !touching) continue;
      // Prefer a token containing the offset; among equals, the later (deeper) one.
      if (best.node && bestInside && !inside) continue;
      best.node = n;
      best.path = stack;
      best.begin = s.begin;
      best.end = s.end;
      bestInside = inside;
    }
    forEachChild(n, visit);
    stack.pop_back();
  };
  visit(file);
  return best;
}

}  // namespace weft::lsp
