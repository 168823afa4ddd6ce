// Expressions. Go's grammar (spec "Expressions"), with the parser's usual shape:
//
//   expr         = unary_expr { binary_op unary_expr }      (precedence folded in BinaryChain)
//   unary_expr   = { unary_op } primary_expr
//   primary_expr = operand { selector | index | slice | type_assertion | call | literal_value }
//   operand      = literal | name | "(" expr ")" | func_lit | type literal
//
// A binary chain is one loop, not one rule per precedence level: that keeps the native stack
// used per nesting level small (see kMaxNesting).
#pragma once

#include <boost/fusion/include/at_c.hpp>

#include "lang/parser/expr.hpp"
#include "lang/parser/primitives.hpp"
#include "lang/parser/stmt.hpp"
#include "lang/parser/type.hpp"

namespace weft::lang::parser {
namespace {

using boost::fusion::at_c;

struct unary_expr_class;
struct operand_class;
struct call_suffix_class;
struct index_suffix_class;
struct element_class;
struct keyed_element_class;
struct func_lit_class;

const x3::rule<unary_expr_class, ast::Expr*> unary_expr = "unary expression";
const x3::rule<operand_class, ast::Expr*> operand = "operand";
const x3::rule<call_suffix_class, CallParts> call_suffix = "arguments";
const x3::rule<index_suffix_class, IndexParts> index_suffix = "index";
const x3::rule<element_class, ast::Expr*> element = "element";
const x3::rule<keyed_element_class, ast::Expr*> keyed_element = "element";
const x3::rule<func_lit_class, ast::Expr*> func_lit = "function literal";

// expr: unary_expr { binary_op unary_expr }, folded by precedence.
struct binary_chain_parser : x3::parser<binary_chain_parser> {
  using attribute_type = ast::Expr*;
  static bool const has_attribute = true;

  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr& attr) const {
    ast::Expr* x = nullptr;
    if (!unary_expr.parse(first, last, ctx, x3::unused, x)) return false;
    if (binaryPrec(first->kind) != 0) {
      ast::Arena& arena = state(ctx).arena;
      BinaryChain chain(x);
      int count = 0;
      while (binaryPrec(first->kind) != 0) {
        if (++count > kMaxBinaryOps) throwSyntax(first->pos, *first, "too deeply nested");
        const Token* op = first++;
        ast::Expr* y = nullptr;
        if (!unary_expr.parse(first, last, ctx, x3::unused, y))
          throwUnexpected(*first, ", expected expression");
        chain.push(arena, op, y);
      }
      x = chain.finish(arena);
    }
    attr = x;
    return true;
  }
};
constexpr binary_chain_parser binary_chain{};

const auto unary_op =
    tok_any(Tok::Add, Tok::Sub, Tok::Not, Tok::Xor, Tok::Mul, Tok::And, Tok::Arrow);

// ----- expr, expr_list, unary_expr

const auto expr_def = nest[binary_chain];

const auto expr_list_def = expr[push_back] >>
                           *(tok(Tok::Comma) >> must(expr, "expression")[push_back]);

const auto fold_unary = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  State& st = state(ctx);
  // The token after the unary expression: the iterator is not at hand here, so use the one
  // after the operand (only needed for the rare `<-chan` re-association errors).
  const Token* next = st.lastEnd;
  x3::_val(ctx) = foldUnary(st.arena, at_c<0>(attr), at_c<1>(attr), *next);
};

// Each prefix operator and each suffix makes the tree one level deeper without recursing here;
// chain_step counts them as nesting levels so that later passes see bounded trees.
const auto unary_expr_def = depth_scope[(+(chain_step >> unary_op) >>
                                         must(primary_expr, "expression") >> mark)[fold_unary]] |
                            primary_expr[assign];

// ----- primary_expr

const auto mk_selector = act([](ast::Expr*& val, ast::Ident*& sel, State& st) {
  auto* s = st.arena.make<ast::SelectorExpr>(val->pos);
  s->x = val;
  s->sel = sel;
  val = s;
});
const auto mk_guard = act([](ast::Expr*& val, auto&, State& st) {
  auto* t = st.arena.make<ast::TypeAssertExpr>(val->pos);
  t->x = val;
  val = t;
});
const auto mk_assert = act([](ast::Expr*& val, ast::Expr*& type, State& st) {
  auto* t = st.arena.make<ast::TypeAssertExpr>(val->pos);
  t->x = val;
  t->assertType = type;
  val = t;
});
const auto mk_index = act([](ast::Expr*& val, IndexParts& parts, State& st) {
  val = makeIndexOrSlice(st.arena, val, parts);
});
const auto mk_call =
    act([](ast::Expr*& val, CallParts& parts, State& st) { val = makeCall(st.arena, val, parts); });
const auto complit_ok = x3::eps[([](auto& ctx) {
  State& st = state(ctx);
  x3::_pass(ctx) = compositeLitAllowed(x3::_val(ctx), st.xnest, *st.lastEnd);
})];
const auto mk_complit = act([](ast::Expr*& val, ast::CompositeLit*& lit, State&) {
  lit->litType = val;
  lit->pos = val->pos;
  val = lit;
});

const auto selector_or_assertion =
    tok(Tok::Period) >>
    must(ident[mk_selector] |
             (tok(Tok::LParen) >> must(tok(Tok::Type)[mk_guard] | type_[mk_assert], "type") >>
              must(tok(Tok::RParen), ")")),
         "name or (");

const auto primary_expr_def =
    depth_scope[operand[assign] >>
                *(chain_step >>
                  (selector_or_assertion | index_suffix[mk_index] | call_suffix[mk_call] |
                   (&tok(Tok::LBrace) >> mark >> complit_ok >> literal_value[mk_complit])))];

// ----- index and slice suffixes: x[i], x[i, j], x[lo:hi], x[lo:hi:max]

const auto set_lbrack = act([](IndexParts& val, const Token*& t, State&) { val.lbrack = t; });
const auto set_rbrack = act([](IndexParts& val, const Token*& t, State&) { val.rbrack = t; });
const auto set_lo = act([](IndexParts& val, ast::Expr*& x, State&) { val.lo = x; });
const auto push_more = act([](IndexParts& val, ast::Expr*& x, State&) { val.more.push_back(x); });
const auto start_slice = act([](IndexParts& val, auto&, State&) { val.slice = true; });
const auto set_hi = act([](IndexParts& val, ast::Expr*& x, State&) { val.hi = x; });
const auto set_max = act([](IndexParts& val, ast::Expr*& x, State&) { val.max = x; });
const auto second_colon = act([](IndexParts& val, const Token*& colon, State&) {
  if (!val.hi) throwPlain(colon->pos, *colon, "middle index required in 3-index slice");
  val.three = true;
});
struct final_index_parser : x3::parser<final_index_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const&, Ctx const&, RCtx&, Attr&) const {
    if (first->kind == Tok::RBrack)
      throwPlain(first->pos, *first, "final index required in 3-index slice");
    return false;
  }
};

const auto slice_rest = -(!tok_any(Tok::Colon, Tok::RBrack) >> must(expr, "expression")[set_hi]) >>
                        -(tok(Tok::Colon)[second_colon] >>
                          (final_index_parser{} | must(expr, "expression")[set_max]));

const auto index_suffix_def =
    tok(Tok::LBrack)[set_lbrack] >>
    xnest_inc
        [(tok(Tok::Colon)[start_slice] >> slice_rest >> must(tok(Tok::RBrack), "]")[set_rbrack]) |
         (must(expr, "operand")[set_lo] >>
          ((tok(Tok::Colon)[start_slice] >> slice_rest >> must(tok(Tok::RBrack), "]")[set_rbrack]) |
           (*(tok(Tok::Comma) >> -(expr[push_more])) >>
            must(tok(Tok::RBrack), "comma, : or ]")[set_rbrack])))];

// ----- call suffix: (args [...])

const auto set_lparen = act([](CallParts& val, const Token*& t, State&) { val.lparen = t; });
const auto set_rparen = act([](CallParts& val, const Token*& t, State&) { val.rparen = t; });
const auto push_arg = act([](CallParts& val, ast::Expr*& x, State&) { val.args.push_back(x); });
const auto set_dots = act([](CallParts& val, auto&, State&) { val.dots = true; });

const auto call_suffix_def =
    tok(Tok::LParen)[set_lparen] >>
    xnest_inc[go_list(must(expr, "expression")[push_arg] >> -tok(Tok::Ellipsis)[set_dots],
                      Tok::Comma, Tok::RParen, "argument list", true)[set_rparen]];

// ----- composite literal values

const auto mk_literal = act([](ast::CompositeLit*& val, const Token*& lbrace, State& st) {
  val = st.arena.make<ast::CompositeLit>(lbrace->pos);
});
const auto push_elt =
    act([](ast::CompositeLit*& val, ast::Expr*& x, State&) { val->elts.push_back(x); });
const auto set_rbrace =
    act([](ast::CompositeLit*& val, const Token*& t, State&) { val->rbrace = t->pos; });
const auto mk_kv = act([](ast::Expr*& val, const Token*& colon, State& st) {
  auto* kv = st.arena.make<ast::KeyValueExpr>(colon->pos);
  kv->key = val;
  val = kv;
});
const auto set_kv_value = act([](ast::Expr*& val, ast::Expr*& x, State&) {
  static_cast<ast::KeyValueExpr*>(val)->value = x;
});

const auto literal_value_def =
    tok(Tok::LBrace)[mk_literal] >>
    xnest_inc[go_list(must(keyed_element[push_elt], "expression"), Tok::Comma, Tok::RBrace,
                      "composite literal")[set_rbrace]];

const auto element_def = nest[literal_value[assign] | expr[assign]];

const auto keyed_element_def = element[assign] >> -(tok(Tok::Colon)[mk_kv] >>
                                                    must(element, "expression")[set_kv_value]);

// ----- operands

const auto mk_paren = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  auto* p = state(ctx).arena.template make<ast::ParenExpr>(at_c<0>(attr)->pos);
  p->x = at_c<1>(attr);
  x3::_val(ctx) = p;
};
const auto mk_func_lit = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  const Token* kw = at_c<0>(attr);
  ast::FuncType* sig = at_c<1>(attr);
  sig->pos = kw->pos;
  auto& body = at_c<2>(attr);
  if (body) {
    auto* f = state(ctx).arena.template make<ast::FuncLit>(kw->pos);
    f->sig = sig;
    f->body = *body;
    x3::_val(ctx) = f;
  } else {
    x3::_val(ctx) = sig;
  }
};

const auto func_lit_def =
    (tok(Tok::Func) >> must(signature, "(") >> -xnest_inc[block])[mk_func_lit];

const auto operand_def = basic_lit[assign] | ident[assign] |
                         (tok(Tok::LParen) >> xnest_inc[must(expr, "expression")] >>
                          must(tok(Tok::RParen), ")"))[mk_paren] |
                         func_lit[assign] | operand_type[assign];

BOOST_SPIRIT_DEFINE(unary_expr, operand, index_suffix, call_suffix, element, keyed_element,
                    func_lit)

}  // namespace

BOOST_SPIRIT_DEFINE(expr, expr_list, primary_expr, literal_value)

}  // namespace weft::lang::parser
