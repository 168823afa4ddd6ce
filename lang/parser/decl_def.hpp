// Declarations and the source file (spec "Declarations and scope", "Source file organization").
//
//   source_file = "package" name ";" { import_decl ";" } { top_decl ";" }
//   gen_decl    = ( "var" | "const" | "type" ) ( spec | "(" { spec ";" } ")" )
//   func_decl   = "func" [ receiver ] name signature [ block ]
#pragma once

#include <boost/fusion/include/at_c.hpp>

#include "lang/parser/decl.hpp"
#include "lang/parser/expr.hpp"
#include "lang/parser/primitives.hpp"
#include "lang/parser/stmt.hpp"
#include "lang/parser/type.hpp"

namespace weft::lang::parser {
namespace {

using boost::fusion::at_c;

struct decl_ident_list_class;
struct var_spec_class;
struct const_spec_class;
struct type_spec_class;
struct import_spec_class;
struct import_decl_class;
struct func_decl_class;

const x3::rule<decl_ident_list_class, std::vector<ast::Ident*>> ident_list = "names";
const x3::rule<var_spec_class, ast::ValueSpec*> var_spec = "var spec";
const x3::rule<const_spec_class, ast::ValueSpec*> const_spec = "const spec";
const x3::rule<type_spec_class, ast::TypeSpec*> type_spec = "type spec";
const x3::rule<import_spec_class, ast::ImportSpec*> import_spec = "import spec";
const x3::rule<import_decl_class, ast::GenDecl*> import_decl = "import declaration";
const x3::rule<func_decl_class, ast::FuncDecl*> func_decl = "function declaration";

const auto ident_list_def = ident[push_back] >>
                            *(tok(Tok::Comma) >> must(ident, "name")[push_back]);

// ----- value specs

const auto mk_value_spec =
    act([](ast::ValueSpec*& val, std::vector<ast::Ident*>& names, State& st) {
      val = st.arena.make<ast::ValueSpec>(names[0]->pos);
      val->names = std::move(names);
    });
const auto set_spec_type = act([](ast::ValueSpec*& val, ast::Expr*& t, State&) { val->type = t; });
const auto set_values = act(
    [](ast::ValueSpec*& val, std::vector<ast::Expr*>& xs, State&) { val->values = std::move(xs); });

const auto var_spec_def = ident_list[mk_value_spec] >>
                          ((tok(Tok::Assign) >> must(expr_list, "expression")[set_values]) |
                           (&tok(Tok::Define) >> fail_unexpected(", expected =")) |
                           (must(type_, "type")[set_spec_type] >>
                            -(tok(Tok::Assign) >> must(expr_list, "expression")[set_values])));

const auto const_spec_def = ident_list[mk_value_spec] >>
                            -(!tok_any(Tok::Semicolon, Tok::RParen, Tok::EndOfFile) >>
                              -type_[set_spec_type] >>
                              -(tok(Tok::Assign) >> must(expr_list, "expression")[set_values]));

// ----- type specs

const auto mk_type_spec = act([](ast::TypeSpec*& val, ast::Ident*& name, State& st) {
  val = st.arena.make<ast::TypeSpec>(name->pos);
  val->name = name;
});
const auto set_alias = act([](ast::TypeSpec*& val, auto&, State&) { val->alias = true; });
const auto set_type_spec_type =
    act([](ast::TypeSpec*& val, ast::Expr*& t, State&) { val->type = t; });

// `type T[P any]`, `type T[P, Q C]`, `type T[P interface{...}]`: a type parameter list, not
// the array type of `type T [N]int` / `[N+1]int`. Go's rule (go/parser's parseGenericType):
// `[P C` where C starts a type element is a parameter list; `[P *C]` and `[P *C | D]` are
// array lengths unless a comma follows at the top level of the brackets.
struct type_params_ahead_parser : x3::parser<type_params_ahead_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    It p = first;
    if (p == last || p->kind != Tok::LBrack) return false;
    ++p;
    if (p == last || p->kind != Tok::Ident) return false;
    ++p;
    if (p == last) return false;
    switch (p->kind) {
      case Tok::Ident:
      case Tok::Comma:
      case Tok::Interface:
      case Tok::Tilde:
      case Tok::LBrack:
      case Tok::Func:
      case Tok::Map:
      case Tok::Chan:
      case Tok::Struct:
      case Tok::Arrow:
      case Tok::LParen:
        return true;
      case Tok::Mul: {
        int depth = 0;
        for (It q = p; q != last && q->kind != Tok::EndOfFile; ++q) {
          if (q->kind == Tok::LBrack || q->kind == Tok::LParen || q->kind == Tok::LBrace) depth++;
          if (q->kind == Tok::RBrack || q->kind == Tok::RParen || q->kind == Tok::RBrace) {
            if (depth == 0) return false;
            depth--;
          }
          if (q->kind == Tok::Comma && depth == 0) return true;
          if (q->kind == Tok::Semicolon) return false;
        }
        return false;
      }
      default:
        return false;
    }
  }
};
constexpr type_params_ahead_parser type_params_ahead{};

const auto set_type_spec_tparams = act([](ast::TypeSpec*& val, std::vector<ast::Field*>& fs,
                                          State&) { val->typeParams = std::move(fs); });

const auto type_spec_def = must(ident, "name")[mk_type_spec] >>
                           -(&type_params_ahead >> type_params[set_type_spec_tparams]) >>
                           -tok(Tok::Assign)[set_alias] >>
                           (type_[set_type_spec_type] | fail_unexpected(" in type declaration"));

// ----- general declarations

const auto mk_gen_decl = act([](ast::GenDecl*& val, const Token*& t, State& st) {
  val = st.arena.make<ast::GenDecl>(t->pos);
  switch (t->kind) {
    case Tok::Const:
      val->tok = ast::DeclTok::Const;
      break;
    case Tok::Type:
      val->tok = ast::DeclTok::Type;
      break;
    case Tok::Import:
      val->tok = ast::DeclTok::Import;
      break;
    default:
      val->tok = ast::DeclTok::Var;
      break;
  }
});
const auto push_spec = act([](ast::GenDecl*& val, auto& spec, State&) {
  if constexpr (std::is_same_v<std::decay_t<decltype(spec)>, ast::ValueSpec*>)
    spec->iota = static_cast<int>(val->specs.size());
  val->specs.push_back(spec);
});

template <class Spec>
constexpr auto group_of(Spec const& spec) {
  return (tok(Tok::LParen) >> go_list(must(spec[push_spec], "name"), Tok::Semicolon, Tok::RParen,
                                      "grouped declaration")) |
         must(spec[push_spec], "name");
}

const auto gen_decl_def = (tok(Tok::Var)[mk_gen_decl] >> group_of(var_spec)) |
                          (tok(Tok::Const)[mk_gen_decl] >> group_of(const_spec)) |
                          (tok(Tok::Type)[mk_gen_decl] >> group_of(type_spec));

// ----- imports

const auto mk_import_spec = act([](ast::ImportSpec*& val, const Token*& t, State& st) {
  val = st.arena.make<ast::ImportSpec>(t->pos);
});
const auto set_import_name =
    act([](ast::ImportSpec*& val, ast::Ident*& name, State&) { val->name = name; });
const auto set_dot_import = act([](ast::ImportSpec*& val, const Token*& t, State& st) {
  val->name = st.arena.make<ast::Ident>(t->pos, ".");
});
const auto set_path =
    act([](ast::ImportSpec*& val, ast::BasicLit*& lit, State&) { val->path = lit; });
const auto bad_path = act([](ast::ImportSpec*&, ast::BasicLit*& lit, State& st) {
  throwSyntax(lit->pos, *st.lastEnd, "import path must be a string");
});

const auto import_spec_def = here[mk_import_spec] >>
                             -(ident[set_import_name] | tok(Tok::Period)[set_dot_import]) >>
                             (string_lit[set_path] | (mark >> basic_lit[bad_path]) |
                              fail_plain("missing import path"));

const auto import_decl_def = tok(Tok::Import)[mk_gen_decl] >>
                             ((tok(Tok::LParen) >> go_list(import_spec[push_spec], Tok::Semicolon,
                                                           Tok::RParen, "grouped declaration")) |
                              import_spec[push_spec]);

// ----- functions

const auto mk_func_decl = act([](ast::FuncDecl*& val, const Token*& t, State& st) {
  val = st.arena.make<ast::FuncDecl>(t->pos);
  val->doc = st.docFor(t);
});
const auto set_recv = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  std::vector<ast::Field*>& fields = at_c<0>(attr);
  const Token* next = at_c<1>(attr);
  std::size_t n = 0;
  for (auto* f : fields) n += f->names.empty() ? 1 : f->names.size();
  if (n == 0) throwPlain(next->pos, *next, "method has no receiver");
  if (n > 1) throwPlain(next->pos, *next, "method has multiple receivers");
  x3::_val(ctx)->recv = fields[0];
};
const auto set_func_name =
    act([](ast::FuncDecl*& val, ast::Ident*& name, State&) { val->name = name; });
const auto missing_func_name = act([](ast::FuncDecl*& val, const Token*& t, State&) {
  throwUnexpected(*t, val->recv ? ", expected name" : ", expected name or (");
});
const auto set_sig = act([](ast::FuncDecl*& val, ast::FuncType*& sig, State&) {
  sig->pos = val->pos;
  val->sig = sig;
});
const auto set_body =
    act([](ast::FuncDecl*& val, ast::BlockStmt*& body, State&) { val->body = body; });

const auto set_func_tparams = act([](ast::FuncDecl*& val, std::vector<ast::Field*>& fs, State&) {
  val->typeParams = std::move(fs);
});
const auto no_method_tparams = act([](ast::FuncDecl*& val, const Token*& t, State&) {
  if (val->recv) throwSyntax(t->pos, *t, "method must have no type parameters");
});

const auto func_decl_def = tok(Tok::Func)[mk_func_decl] >> -(params >> here)[set_recv] >>
                           (ident[set_func_name] | here[missing_func_name]) >>
                           -(&tok(Tok::LBrack) >> here[no_method_tparams]) >>
                           -type_params[set_func_tparams] >> must(signature, "(")[set_sig] >>
                           -block[set_body];

// ----- source file

const auto mk_file = act([](ast::File*& val, ast::Ident*& name, State& st) {
  val = st.arena.make<ast::File>(name->pos);
  val->package = name;
});
const auto push_import = act([](ast::File*& val, ast::GenDecl*& d, State&) {
  for (auto* s : d->specs) val->imports.push_back(static_cast<ast::ImportSpec*>(s));
  val->decls.push_back(d);
});
const auto push_decl = act([](ast::File*& val, auto& d, State&) { val->decls.push_back(d); });
const auto non_declaration = [](auto& ctx) {
  const Token* t = x3::_attr(ctx);
  ast::File* f = x3::_val(ctx);
  if (t->kind == Tok::LBrace && !f->decls.empty()) {
    auto* fd = f->decls.back()->as<ast::FuncDecl>();
    if (fd && !fd->body) throwSyntax(t->pos, *t, "unexpected semicolon or newline before {");
  }
  throwSyntax(t->pos, *t, "non-declaration statement outside function body");
};

const auto end_of_decl =
    tok(Tok::Semicolon) | &tok(Tok::EndOfFile) | fail_unexpected(" after top level declaration");

const auto source_file_def = (tok(Tok::Package) | fail_plain("package statement must be first")) >>
                             must(ident, "name")[mk_file] >>
                             must(tok(Tok::Semicolon), "semicolon or newline") >>
                             *(import_decl[push_import] >> end_of_decl) >>
                             *(!tok(Tok::EndOfFile) >>
                               (gen_decl[push_decl] | func_decl[push_decl] |
                                (&tok(Tok::Import) >>
                                 fail_plain("imports must appear before other declarations")) |
                                here[non_declaration]) >>
                               end_of_decl) >>
                             tok(Tok::EndOfFile);

BOOST_SPIRIT_DEFINE(ident_list, var_spec, const_spec, type_spec, import_spec, import_decl,
                    func_decl)

}  // namespace

BOOST_SPIRIT_DEFINE(gen_decl, source_file)

}  // namespace weft::lang::parser
