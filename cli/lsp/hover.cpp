// textDocument/hover and textDocument/definition.
#include "cli/lsp/describe.hpp"
#include "cli/lsp/features.hpp"
#include "cli/lsp/find.hpp"
#include "lang/constant.hpp"

namespace weft::lsp {

namespace {

// The variable a `switch v := x.(type)` binding stands for in the clause around the cursor, or
// when outside every clause, x's type.
std::string typeSwitchBinding(const Hit& hit) {
  const ast::TypeSwitchStmt* ts = nullptr;
  for (const ast::Node* n : hit.path)
    if (auto* t = n->as<ast::TypeSwitchStmt>()) ts = t;
  if (!ts || !ts->x || !ts->x->type) return {};
  return "var " + static_cast<const ast::Ident*>(hit.node)->name + " " + ts->x->type->str(false);
}

std::string expressionText(const ast::Expr* e) {
  if (!e->type || e->mode == ast::Mode::Invalid || e->mode == ast::Mode::NoValue) return {};
  std::string out = e->type->str(false);
  if (e->mode == ast::Mode::TypeExpr) return "type " + out;
  if (e->mode == ast::Mode::Constant && e->value && e->value->known())
    out += " = " + e->value->str();
  return out;
}

const types::Package* importedPackage(const Analysis& a, const ast::Node* node, const Hit& hit) {
  // The path literal of an import spec, or the name of a package.
  if (auto* id = node->as<ast::Ident>(); id && id->obj && id->obj->kind == types::ObjKind::PkgName)
    return static_cast<const types::PkgName*>(id->obj)->imported;
  if (node->is<ast::BasicLit>() && hit.parent() && hit.parent()->is<ast::ImportSpec>()) {
    const std::string& path = static_cast<const ast::BasicLit*>(node)->value;
    for (const auto& cp : a.program->packages)
      if (cp.pkg && cp.pkg->path == path) return cp.pkg;
  }
  return nullptr;
}

}  // namespace

json hoverAt(const Analysis& a, std::size_t offset, Encoding enc, bool markdown) {
  if (!a.file) return nullptr;
  Hit hit = nodeAt(a.file, offset);
  if (!hit.node) return nullptr;
  std::string code, doc;
  if (auto* id = hit.node->as<ast::Ident>()) {
    if (id->obj) {
      code = declarationText(a, id->obj);
      doc = docOf(a, id->obj);
    } else if (hit.parent() && hit.parent()->is<ast::TypeSwitchStmt>()) {
      code = typeSwitchBinding(hit);
    } else {
      code = expressionText(id);
    }
  } else if (auto* e = hit.node->as<ast::Expr>()) {
    if (const types::Package* pkg = importedPackage(a, hit.node, hit)) {
      code = "package " + pkg->name;
      for (const auto& cp : a.program->packages)
        if (cp.pkg == pkg && !cp.files.empty() && cp.files[0]->package)
          if (const Text* t = a.source(cp.files[0]->filename))
            doc = docCommentAt(t->str(), cp.files[0]->package->pos.offset);
    } else {
      code = expressionText(e);
    }
  }
  if (code.empty()) return nullptr;
  std::string value;
  if (markdown) {
    value = "```go\n" + code + "\n```";
    if (!doc.empty()) value += "\n\n" + doc;
  } else {
    value = code;
    if (!doc.empty()) value += "\n\n" + doc;
  }
  return {{"contents", {{"kind", markdown ? "markdown" : "plaintext"}, {"value", value}}},
          {"range", toJson(a.text.rangeOf(hit.begin, hit.end, enc))}};
}

json definitionAt(const Analysis& a, std::size_t offset, Encoding enc, const UriFor& uriFor) {
  if (!a.file) return nullptr;
  Hit hit = nodeAt(a.file, offset);
  if (!hit.node) return nullptr;
  auto location = [&](const std::string& filename, std::size_t begin, std::size_t end) -> json {
    const Text* t = a.source(filename);
    auto uri = uriFor(a, filename);
    if (!t || !uri) return nullptr;
    return {{"uri", *uri}, {"range", toJson(t->rangeOf(begin, end, enc))}};
  };
  if (const types::Package* pkg = importedPackage(a, hit.node, hit)) {
    for (const auto& cp : a.program->packages)
      if (cp.pkg == pkg && !cp.files.empty() && cp.files[0]->package) {
        const ast::Ident* name = cp.files[0]->package;
        return location(cp.files[0]->filename, name->pos.offset,
                        name->pos.offset + name->name.size());
      }
    return nullptr;
  }
  auto* id = hit.node->as<ast::Ident>();
  if (!id || !id->obj) return nullptr;
  auto decl = declarationOf(a, id->obj);
  if (!decl) return nullptr;
  return location(decl->filename, decl->offset, decl->offset + id->obj->name.size());
}

}  // namespace weft::lsp
