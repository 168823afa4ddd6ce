// Types (spec "Types"), function signatures and parameter lists.
//
//   type      = type_name | "(" type ")" | array | slice | struct | pointer | func | interface
//             | map | chan
//   signature = params [ params | type ]
//   params    = "(" [ param { "," param } [ "," ] ] ")"   param = [ name ] [ "..." ] type
//
// Parameter entries are grouped after the list is read, as Go's parser does: `a, b int` gives
// one field with two names; `(int, string)` gives two unnamed fields.
#pragma once

#include <boost/fusion/include/at_c.hpp>

#include "lang/parser/expr.hpp"
#include "lang/parser/primitives.hpp"
#include "lang/parser/type.hpp"

namespace weft::lang::parser {

struct ParamList {
  std::vector<ParamEntry> entries;
  const Token* close = nullptr;
};

namespace {

using boost::fusion::at_c;

struct type_name_class;
struct array_type_class;
struct struct_type_class;
struct field_decl_class;
struct ident_list_class;
struct interface_type_class;
struct iface_elem_class;
struct union_type_class;
struct map_type_class;
struct chan_type_class;
struct chan_elem_class;
struct param_list_class;
struct param_decl_class;
struct param_type_class;
struct result_class;

const x3::rule<type_name_class, ast::Expr*> type_name = "type name";
const x3::rule<array_type_class, ast::ArrayType*> array_type = "array type";
const x3::rule<struct_type_class, ast::StructType*> struct_type = "struct type";
const x3::rule<field_decl_class, ast::Field*> field_decl = "field";
const x3::rule<ident_list_class, std::vector<ast::Ident*>> ident_list = "names";
const x3::rule<interface_type_class, ast::InterfaceType*> interface_type = "interface type";
const x3::rule<iface_elem_class, ast::Field*> iface_elem = "interface element";
const x3::rule<union_type_class, ast::Expr*> union_type = "type";
const x3::rule<map_type_class, ast::Expr*> map_type = "map type";
const x3::rule<chan_type_class, ast::Expr*> chan_type = "channel type";
const x3::rule<chan_elem_class, ast::Expr*> chan_elem = "channel element type";
const x3::rule<param_list_class, ParamList> param_list = "parameter list";
const x3::rule<param_decl_class, ParamEntry> param_decl = "parameter";
const x3::rule<param_type_class, ast::Expr*> param_type = "parameter type";
const x3::rule<result_class, std::vector<ast::Field*>> result = "result";

// ----- names

const auto mk_qualified = act([](ast::Expr*& val, ast::Ident*& sel, State& st) {
  auto* s = st.arena.make<ast::SelectorExpr>(val->pos);
  s->x = val;
  s->sel = sel;
  val = s;
});

// A type name may carry type arguments: `Stack[int]`, `pkg.Pair[K, V]` (an IndexExpr, as in
// expressions). In a type context `[` after a type name always starts type arguments.
const auto mk_type_inst = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  const Token* lbrack = at_c<0>(attr);
  auto* ix = state(ctx).arena.template make<ast::IndexExpr>(x3::_val(ctx)->pos);
  ix->x = x3::_val(ctx);
  ix->indices = std::move(at_c<1>(attr).args);
  ix->lbrack = lbrack->pos;
  ix->rbrack = at_c<1>(attr).close->pos;
  if (ix->indices.empty()) throwUnexpected(*at_c<1>(attr).close, ", expected type argument list");
  x3::_val(ctx) = ix;
};
struct TypeArgs {
  std::vector<ast::Expr*> args;
  const Token* close = nullptr;
};
const auto push_type_arg = act([](TypeArgs& val, ast::Expr*& t, State&) { val.args.push_back(t); });
const auto set_type_args_close = act([](TypeArgs& val, const Token*& t, State&) { val.close = t; });
struct type_args_class;
const x3::rule<type_args_class, TypeArgs> type_args = "type arguments";
const auto type_args_def = go_list(must(type_[push_type_arg], "type"), Tok::Comma, Tok::RBrack,
                                   "type argument list")[set_type_args_close];

const auto type_name_def = ident[assign] >>
                           -(tok(Tok::Period) >> must(ident, "name")[mk_qualified]) >>
                           -(tok(Tok::LBrack) >> type_args)[mk_type_inst];

const auto ident_list_def = ident[push_back] >>
                            *(tok(Tok::Comma) >> must(ident, "name")[push_back]);

// ----- arrays and slices

const auto mk_array = act([](ast::ArrayType*& val, const Token*& t, State& st) {
  val = st.arena.make<ast::ArrayType>(t->pos);
});
const auto set_len = act([](ast::ArrayType*& val, ast::Expr*& x, State&) { val->len = x; });
const auto set_len_dots = act([](ast::ArrayType*& val, const Token*& t, State& st) {
  val->len = st.arena.make<ast::Ellipsis>(t->pos);
});
const auto set_elem = act([](ast::ArrayType*& val, ast::Expr*& x, State&) { val->elem = x; });

const auto array_type_def = tok(Tok::LBrack)[mk_array] >>
                            ((tok(Tok::RBrack) >> must(type_, "type")[set_elem]) |
                             ((tok(Tok::Ellipsis)[set_len_dots] |
                               xnest_inc[must(expr, "expression")][set_len]) >>
                              must(tok(Tok::RBrack), "]") >> must(type_, "type")[set_elem]));

// ----- structs

const auto mk_struct = act([](ast::StructType*& val, const Token*& t, State& st) {
  val = st.arena.make<ast::StructType>(t->pos);
});
const auto push_field =
    act([](ast::StructType*& val, ast::Field*& f, State&) { val->fields.push_back(f); });
const auto mk_named_field = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  auto& names = at_c<0>(attr);
  auto* f = state(ctx).arena.template make<ast::Field>(names[0]->pos);
  f->names = std::move(names);
  f->type = at_c<1>(attr);
  if (at_c<2>(attr)) f->tag = *at_c<2>(attr);
  x3::_val(ctx) = f;
};
const auto mk_embedded_field = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  auto& star = at_c<0>(attr);
  ast::Expr* t = at_c<1>(attr);
  State& st = state(ctx);
  if (star) {
    auto* s = st.arena.template make<ast::StarExpr>((*star)->pos);
    s->x = t;
    t = s;
  }
  auto* f = st.arena.template make<ast::Field>(t->pos);
  f->type = t;
  if (at_c<2>(attr)) f->tag = *at_c<2>(attr);
  x3::_val(ctx) = f;
};

// `T[A, B]` (optionally `*T[A]`, `pkg.T[A]`) followed by the end of the field is an embedded
// instantiated type, not the field `T` of array type `[A]...` (Go's parser decides the same way:
// an array type always has an element type after `]`).
struct embedded_instance_ahead_parser : x3::parser<embedded_instance_ahead_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    It p = first;
    if (p != last && p->kind == Tok::Mul) ++p;
    if (p == last || p->kind != Tok::Ident) return false;
    ++p;
    if (p != last && p->kind == Tok::Period) {
      ++p;
      if (p == last || p->kind != Tok::Ident) return false;
      ++p;
    }
    if (p == last || p->kind != Tok::LBrack) return false;
    int depth = 0;
    for (; p != last && p->kind != Tok::EndOfFile; ++p) {
      if (p->kind == Tok::LBrack || p->kind == Tok::LParen || p->kind == Tok::LBrace) depth++;
      if (p->kind == Tok::RBrack || p->kind == Tok::RParen || p->kind == Tok::RBrace) {
        if (--depth == 0) break;
      }
    }
    if (p == last || p->kind == Tok::EndOfFile) return false;
    ++p;
    return p != last &&
           (p->kind == Tok::Semicolon || p->kind == Tok::RBrace || p->kind == Tok::String);
  }
};
constexpr embedded_instance_ahead_parser embedded_instance_ahead{};

const auto field_decl_def =
    (&embedded_instance_ahead >> (-tok(Tok::Mul) >> type_name >> -string_lit)[mk_embedded_field]) |
    (ident_list >> type_ >> -string_lit)[mk_named_field] |
    (-tok(Tok::Mul) >> type_name >> -string_lit)[mk_embedded_field] |
    (-tok(Tok::Mul) >> &tok(Tok::LParen) >> fail_plain("cannot parenthesize embedded type"));

const auto struct_type_def = tok(Tok::Struct)[mk_struct] >> must(tok(Tok::LBrace), "{") >>
                             go_list(must(field_decl[push_field], "field name or embedded type"),
                                     Tok::Semicolon, Tok::RBrace, "struct type");

// ----- interfaces

const auto mk_interface = act([](ast::InterfaceType*& val, const Token*& t, State& st) {
  val = st.arena.make<ast::InterfaceType>(t->pos);
});
const auto push_elem =
    act([](ast::InterfaceType*& val, ast::Field*& f, State&) { val->elems.push_back(f); });
const auto mk_method = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  ast::Ident* name = at_c<0>(attr);
  auto* f = state(ctx).arena.template make<ast::Field>(name->pos);
  f->names.push_back(name);
  f->type = at_c<1>(attr);
  x3::_val(ctx) = f;
};
const auto mk_embedded_elem = act([](ast::Field*& val, ast::Expr*& t, State& st) {
  val = st.arena.make<ast::Field>(t->pos);
  val->type = t;
});
const auto mk_union = act([](ast::Expr*& val, auto& attr, State& st) {
  const Token* op = at_c<0>(attr);
  val = st.arena.make<ast::BinaryExpr>(op->pos, ast::Op::Or, val, at_c<1>(attr));
});

// A type set term: `T` or `~T` (a UnaryExpr with Op::Tilde).
const auto mk_tilde = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  x3::_val(ctx) = state(ctx).arena.template make<ast::UnaryExpr>(at_c<0>(attr)->pos, ast::Op::Tilde,
                                                                 at_c<1>(attr));
};
struct term_class;
const x3::rule<term_class, ast::Expr*> term = "type";
const auto term_def = (tok(Tok::Tilde) >> must(type_, "type"))[mk_tilde] | type_[assign];

const auto union_type_def = term[assign] >> *(tok(Tok::Or) >> must(term, "type"))[mk_union];

const auto iface_elem_def =
    (ident >> &tok(Tok::LParen) >> signature)[mk_method] | union_type[mk_embedded_elem];

const auto interface_type_def = tok(Tok::Interface)[mk_interface] >> must(tok(Tok::LBrace), "{") >>
                                go_list(must(iface_elem[push_elem], "~ term or type"),
                                        Tok::Semicolon, Tok::RBrace, "interface type");

// ----- maps and channels

const auto mk_map = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  auto* m = state(ctx).arena.template make<ast::MapType>(at_c<0>(attr)->pos);
  m->key = at_c<2>(attr);
  m->value = at_c<4>(attr);
  x3::_val(ctx) = m;
};
const auto map_type_def = (tok(Tok::Map) >> must(tok(Tok::LBrack), "[") >> must(type_, "type") >>
                           must(tok(Tok::RBrack), "]") >> must(type_, "type"))[mk_map];

const auto chan_elem_def = type_[assign] | fail_plain("missing channel element type");

const auto mk_chan = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  auto* c = state(ctx).arena.template make<ast::ChanType>(at_c<0>(attr)->pos);
  c->dir = at_c<1>(attr) ? ast::ChanDir::Send : ast::ChanDir::Both;
  c->value = at_c<2>(attr);
  x3::_val(ctx) = c;
};
const auto mk_recv_chan = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  auto* c = state(ctx).arena.template make<ast::ChanType>(at_c<0>(attr)->pos);
  c->dir = ast::ChanDir::Recv;
  c->value = at_c<2>(attr);
  x3::_val(ctx) = c;
};
const auto chan_type_def = (tok(Tok::Chan) >> -tok(Tok::Arrow) >> chan_elem)[mk_chan];
const auto recv_chan_type =
    (tok(Tok::Arrow) >> must(tok(Tok::Chan), "keyword chan") >> chan_elem)[mk_recv_chan];

// ----- parameters and signatures

const auto push_entry =
    act([](ParamList& val, ParamEntry& e, State&) { val.entries.push_back(e); });
const auto set_close = act([](ParamList& val, const Token*& t, State&) { val.close = t; });
const auto mk_named_entry = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  x3::_val(ctx) = ParamEntry{at_c<0>(attr), at_c<1>(attr)};
};
// A lone name may be a parameter name or a type name; groupParams decides.
const auto mk_anon_entry = act([](ParamEntry& val, ast::Expr*& t, State&) {
  if (auto* id = t->as<ast::Ident>()) {
    val = ParamEntry{id, nullptr};
  } else {
    val = ParamEntry{nullptr, t};
  }
});
const auto mk_dots = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  auto* e = state(ctx).arena.template make<ast::Ellipsis>(at_c<0>(attr)->pos);
  e->elem = at_c<1>(attr);
  x3::_val(ctx) = e;
};
const auto group = act([](std::vector<ast::Field*>& val, ParamList& list, State& st) {
  val = groupParams(st.arena, list.entries, *list.close);
});

const auto param_type_def = (tok(Tok::Ellipsis) >> must(type_, "type"))[mk_dots] | type_[assign];

const auto param_decl_def = (ident >> param_type)[mk_named_entry] | param_type[mk_anon_entry];

const auto param_list_def = tok(Tok::LParen) >> go_list(must(param_decl[push_entry], ")"),
                                                        Tok::Comma, Tok::RParen,
                                                        "parameter list")[set_close];

const auto mk_single_result = act([](std::vector<ast::Field*>& val, ast::Expr*& t, State& st) {
  auto* f = st.arena.make<ast::Field>(t->pos);
  f->type = t;
  val.push_back(f);
});
const auto result_def = params[assign] | type_[mk_single_result];

const auto mk_sig = act([](ast::FuncType*& val, const Token*& t, State& st) {
  val = st.arena.make<ast::FuncType>(t->pos);
});
const auto set_params = act(
    [](ast::FuncType*& val, std::vector<ast::Field*>& fs, State&) { val->params = std::move(fs); });
const auto set_results = act([](ast::FuncType*& val, std::vector<ast::Field*>& fs, State&) {
  val->results = std::move(fs);
});

// ----- types

const auto mk_paren_type = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  auto* p = state(ctx).arena.template make<ast::ParenExpr>(at_c<0>(attr)->pos);
  p->x = at_c<1>(attr);
  x3::_val(ctx) = p;
};
const auto mk_pointer = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  auto* s = state(ctx).arena.template make<ast::StarExpr>(at_c<0>(attr)->pos);
  s->x = at_c<1>(attr);
  x3::_val(ctx) = s;
};
const auto mk_func_type = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  ast::FuncType* sig = at_c<1>(attr);
  sig->pos = at_c<0>(attr)->pos;
  x3::_val(ctx) = sig;
};

const auto type__def =
    nest[type_name[assign] |
         (tok(Tok::LParen) >> must(type_, "type") >> must(tok(Tok::RParen), ")"))[mk_paren_type] |
         array_type[assign] | struct_type[assign] |
         (tok(Tok::Mul) >> must(type_, "type"))[mk_pointer] |
         (tok(Tok::Func) >> must(signature, "("))[mk_func_type] | interface_type[assign] |
         map_type[assign] | chan_type[assign] | recv_chan_type];

const auto operand_type_def = array_type[assign] | struct_type[assign] | interface_type[assign] |
                              map_type[assign] | chan_type[assign];

const auto signature_def = here[mk_sig] >> params[set_params] >> -result[set_results];

const auto params_def = param_list[group];

// ----- type parameter lists: [P any], [K comparable, V any], [S ~[]E, E any]

struct TypeParamList {
  std::vector<ParamEntry> entries;
  const Token* close = nullptr;
};
const auto push_tparam =
    act([](TypeParamList& val, ParamEntry& e, State&) { val.entries.push_back(e); });
const auto set_tparams_close =
    act([](TypeParamList& val, const Token*& t, State&) { val.close = t; });
const auto mk_tparam_entry = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  x3::_val(ctx) = ParamEntry{at_c<0>(attr), at_c<1>(attr) ? *at_c<1>(attr) : nullptr};
};
struct tparam_decl_class;
struct tparam_list_class;
const x3::rule<tparam_decl_class, ParamEntry> tparam_decl = "type parameter";
const x3::rule<tparam_list_class, TypeParamList> tparam_list = "type parameter list";
const auto tparam_decl_def = (ident >> -union_type)[mk_tparam_entry];
const auto tparam_list_def = tok(Tok::LBrack) >>
                             go_list(must(tparam_decl[push_tparam], "type parameter"), Tok::Comma,
                                     Tok::RBrack, "type parameter list")[set_tparams_close];
const auto group_tparams = act([](std::vector<ast::Field*>& val, TypeParamList& list, State& st) {
  val = groupTypeParams(st.arena, list.entries, *list.close);
});
const auto type_params_def = tparam_list[group_tparams];

BOOST_SPIRIT_DEFINE(type_name, array_type, struct_type, field_decl, ident_list, interface_type,
                    iface_elem, union_type, map_type, chan_type, chan_elem, param_list, param_decl,
                    param_type, result, type_args, term, tparam_decl, tparam_list)

}  // namespace

BOOST_SPIRIT_DEFINE(type_, operand_type, signature, params, type_params)

}  // namespace weft::lang::parser
