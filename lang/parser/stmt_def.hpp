// Statements (spec "Statements").
//
//   block       = "{" stmt_list "}"
//   stmt_list   = { stmt ( ";" | before "}" ) }
//   stmt        = decl | labeled | simple | go | defer | return | break | continue | goto
//               | fallthrough | block | if | switch | select | for | empty
//   simple_stmt = expr_list [ ":=" | "=" | op= expr_list | "++" | "--" | "<-" expr ]
//
// Control clause headers follow Go's header(): the first simple statement is parsed once and
// then turns out to be the init statement or the condition, so nothing is parsed twice.
#pragma once

#include <boost/fusion/include/at_c.hpp>

#include "lang/parser/decl.hpp"
#include "lang/parser/expr.hpp"
#include "lang/parser/primitives.hpp"
#include "lang/parser/stmt.hpp"

namespace weft::lang::parser {
namespace {

using boost::fusion::at_c;

struct stmt_list_class;
struct stmt_class;
struct simple_stmt_class;
struct simple_tail_class;
struct if_stmt_class;
struct for_stmt_class;
struct switch_body_class;
struct case_clause_class;
struct select_body_class;
struct comm_clause_class;
struct labeled_stmt_class;

const x3::rule<stmt_list_class, std::vector<ast::Stmt*>> stmt_list = "statement list";
const x3::rule<stmt_class, ast::Stmt*> stmt = "statement";
const x3::rule<simple_stmt_class, ast::Stmt*> simple_stmt = "simple statement";
const x3::rule<simple_tail_class, SimpleTail> simple_tail = "simple statement";
const x3::rule<if_stmt_class, ast::IfStmt*> if_stmt = "if statement";
const x3::rule<for_stmt_class, ast::Stmt*> for_stmt = "for statement";
const x3::rule<switch_body_class, ast::BlockStmt*> switch_body = "switch body";
const x3::rule<case_clause_class, ast::CaseClause*> case_clause = "case clause";
const x3::rule<select_body_class, ast::BlockStmt*> select_body = "select body";
const x3::rule<comm_clause_class, ast::CommClause*> comm_clause = "communication clause";
const x3::rule<labeled_stmt_class, ast::LabeledStmt*> labeled_stmt = "labeled statement";

// Go's header(): [init ";"] cond, or for's init ";" cond ";" post, or a range clause.
template <Tok Keyword>
struct header_parser : x3::parser<header_parser<Keyword>> {
  using attribute_type = Header;
  static bool const has_attribute = true;

  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr& attr) const {
    State& st = state(ctx);
    Header h;
    if (first->kind == Tok::LBrace) {
      if (Keyword == Tok::If) throwSyntax(first->pos, *first, "missing condition in if statement");
      attr = h;
      return true;
    }
    struct Restore {
      State& st;
      int xnest;
      bool rangeOk;
      ~Restore() {
        st.xnest = xnest;
        st.rangeOk = rangeOk;
      }
    } restore{st, st.xnest, st.rangeOk};
    st.xnest = -1;
    auto simple = [&](bool rangeOk) {
      st.rangeOk = rangeOk;
      ast::Stmt* s = nullptr;
      if (!simple_stmt.parse(first, last, ctx, x3::unused, s))
        throwUnexpected(*first, ", expected expression");
      st.rangeOk = false;
      return s;
    };
    if (first->kind != Tok::Semicolon) {
      if (first->kind == Tok::Var) {
        ++first;  // Go reports at the token after `var`
        throwSyntax(
            first->pos, *first,
            std::string("var declaration not allowed in ") + spell(Keyword) + " initializer");
      }
      h.init = simple(Keyword == Tok::For);
      if (h.init->is<ast::RangeStmt>()) {
        attr = h;
        return true;
      }
    }
    if (first->kind != Tok::LBrace) {
      if (first->kind != Tok::Semicolon) throwUnexpected(*first, ", expected {");
      h.semi = first++;
      if (Keyword == Tok::For) {
        if (first->kind != Tok::Semicolon) {
          if (first->kind == Tok::LBrace) throwUnexpected(*first, ", expected for loop condition");
          h.cond = simple(false);
        }
        if (first->kind != Tok::Semicolon)
          throwUnexpected(*first, ", expected " + expectedName(Tok::Semicolon));
        ++first;
        if (first->kind != Tok::LBrace) {
          h.post = simple(false);
          if (auto* a = h.post->as<ast::AssignStmt>(); a && a->op == ast::Op::Define)
            throwSyntax(a->opPos, *first, "cannot declare in post statement of for loop");
        }
      } else if (first->kind != Tok::LBrace) {
        h.cond = simple(false);
      }
    } else {
      h.cond = h.init;
      h.init = nullptr;
    }
    attr = h;
    return true;
  }
};

// Throws "syntax error: <message>" at the token recorded by `mark`.
struct fail_at_mark_parser : x3::parser<fail_at_mark_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  const char* message;
  constexpr explicit fail_at_mark_parser(const char* m) : message(m) {}
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const&, Ctx const& ctx, RCtx&, Attr&) const {
    throwSyntax(state(ctx).lastEnd->pos, *first, message);
  }
};

// ----- blocks and statement lists

const auto mk_block = act([](ast::BlockStmt*& val, const Token*& t, State& st) {
  val = st.arena.make<ast::BlockStmt>(t->pos);
});
const auto set_list = act([](ast::BlockStmt*& val, std::vector<ast::Stmt*>& list, State&) {
  val->list = std::move(list);
});
const auto push_stmt = act([](ast::BlockStmt*& val, auto& s, State&) { val->list.push_back(s); });
const auto set_rbrace =
    act([](ast::BlockStmt*& val, const Token*& t, State&) { val->rbrace = t->pos; });

const auto block_def = tok(Tok::LBrace)[mk_block] >> range_off[stmt_list[set_list]] >>
                       must(tok(Tok::RBrace), "}")[set_rbrace];

const auto stmt_list_def =
    *(!tok_any(Tok::RBrace, Tok::Case, Tok::Default, Tok::EndOfFile) >> stmt[push_back] >>
      (tok(Tok::Semicolon) | &tok(Tok::RBrace) | fail_unexpected(" at end of statement")));

// ----- simple statements

const auto set_op = act([](SimpleTail& val, const Token*& t, State&) {
  val.op = t;
  val.kind = t->kind == Tok::Define ? SimpleTail::Define : SimpleTail::Assign;
});
const auto set_range = act([](SimpleTail& val, const Token*& t, State&) {
  val.rangeTok = t;
  val.kind = SimpleTail::Range;
});
const auto set_op_assign = act([](SimpleTail& val, const Token*& t, State&) {
  val.op = t;
  val.kind = SimpleTail::OpAssign;
});
const auto set_incdec = act([](SimpleTail& val, const Token*& t, State&) {
  val.op = t;
  val.kind = t->kind == Tok::Inc ? SimpleTail::Inc : SimpleTail::Dec;
});
const auto set_send = act([](SimpleTail& val, const Token*& t, State&) {
  val.op = t;
  val.kind = SimpleTail::Send;
});
const auto push_rhs = act([](SimpleTail& val, ast::Expr*& x, State&) { val.rhs.push_back(x); });
const auto set_rhs =
    act([](SimpleTail& val, std::vector<ast::Expr*>& xs, State&) { val.rhs = std::move(xs); });

const auto simple_tail_def =
    (tok_any(Tok::Define, Tok::Assign)[set_op] >>
     ((range_ok >> tok(Tok::Range)[set_range] >> must(expr, "expression")[push_rhs]) |
      must(expr_list, "expression")[set_rhs])) |
    (tok_any(Tok::AddAssign, Tok::SubAssign, Tok::MulAssign, Tok::QuoAssign, Tok::RemAssign,
             Tok::AndAssign, Tok::OrAssign, Tok::XorAssign, Tok::ShlAssign, Tok::ShrAssign,
             Tok::AndNotAssign)[set_op_assign] >>
     must(expr, "expression")[push_rhs]) |
    tok_any(Tok::Inc, Tok::Dec)[set_incdec] |
    (tok(Tok::Arrow)[set_send] >> must(expr, "expression")[push_rhs]);

const auto mk_bare_range = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  auto* r = state(ctx).arena.template make<ast::RangeStmt>(at_c<0>(attr)->pos);
  r->x = at_c<1>(attr);
  x3::_val(ctx) = r;
};
const auto mk_simple = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  auto& tail = at_c<1>(attr);
  x3::_val(ctx) =
      makeSimpleStmt(state(ctx).arena, at_c<0>(attr), tail ? &*tail : nullptr, *at_c<2>(attr));
};

const auto simple_stmt_def =
    (range_ok >> tok(Tok::Range) >> must(expr, "expression"))[mk_bare_range] |
    (expr_list >> -simple_tail >> here)[mk_simple];

// ----- labels, branches, go/defer, return

const auto mk_label = act([](ast::LabeledStmt*& val, ast::Ident*& label, State& st) {
  val = st.arena.make<ast::LabeledStmt>(label->pos);
  val->label = label;
});
const auto set_labeled = act([](ast::LabeledStmt*& val, ast::Stmt*& s, State&) { val->stmt = s; });
const auto set_labeled_empty = act([](ast::LabeledStmt*& val, const Token*& t, State& st) {
  val->stmt = st.arena.make<ast::EmptyStmt>(t->pos);
});

const auto labeled_stmt_def = ident[mk_label] >> mark >> tok(Tok::Colon) >>
                              ((&tok(Tok::RBrace) >> here[set_labeled_empty]) | stmt[set_labeled] |
                               fail_at_mark_parser("missing statement after label"));

const auto mk_branch = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  const Token* kw = at_c<0>(attr);
  auto* b = state(ctx).arena.template make<ast::BranchStmt>(kw->pos);
  b->tok = kw->kind == Tok::Break ? ast::Branch::Break : ast::Branch::Continue;
  if (at_c<1>(attr)) b->label = *at_c<1>(attr);
  x3::_val(ctx) = b;
};
const auto mk_goto = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  auto* b = state(ctx).arena.template make<ast::BranchStmt>(at_c<0>(attr)->pos);
  b->tok = ast::Branch::Goto;
  b->label = at_c<1>(attr);
  x3::_val(ctx) = b;
};
const auto mk_fallthrough = act([](ast::Stmt*& val, const Token*& t, State& st) {
  auto* b = st.arena.make<ast::BranchStmt>(t->pos);
  b->tok = ast::Branch::Fallthrough;
  val = b;
});
const auto mk_go_defer = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  const Token* kw = at_c<0>(attr);
  bool isGo = kw->kind == Tok::Go;
  ast::CallExpr* call = callOperand(at_c<1>(attr), isGo ? "go" : "defer", *at_c<2>(attr));
  ast::Arena& arena = state(ctx).arena;
  if (isGo) {
    auto* s = arena.template make<ast::GoStmt>(kw->pos);
    s->call = call;
    x3::_val(ctx) = s;
  } else {
    auto* s = arena.template make<ast::DeferStmt>(kw->pos);
    s->call = call;
    x3::_val(ctx) = s;
  }
};
const auto mk_return = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  auto* r = state(ctx).arena.template make<ast::ReturnStmt>(at_c<0>(attr)->pos);
  if (at_c<1>(attr)) r->results = std::move(*at_c<1>(attr));
  x3::_val(ctx) = r;
};
const auto mk_decl_stmt = act([](ast::Stmt*& val, ast::GenDecl*& d, State& st) {
  auto* s = st.arena.make<ast::DeclStmt>(d->pos);
  s->decl = d;
  val = s;
});
const auto mk_empty = act([](ast::Stmt*& val, const Token*& t, State& st) {
  val = st.arena.make<ast::EmptyStmt>(t->pos);
});

// ----- if, for

const auto mk_if = act([](ast::IfStmt*& val, const Token*& t, State& st) {
  val = st.arena.make<ast::IfStmt>(t->pos);
});
const auto set_if_header = [](auto& ctx) {
  Header& h = x3::_attr(ctx);
  ast::IfStmt* s = x3::_val(ctx);
  State& st = state(ctx);
  s->init = h.init;
  s->cond = headerCondition(st.arena, h, Tok::If, *st.lastEnd);
};
const auto set_then = act([](ast::IfStmt*& val, ast::BlockStmt*& b, State&) { val->body = b; });
const auto set_else = act([](ast::IfStmt*& val, auto& s, State&) { val->elseStmt = s; });

const auto if_stmt_def = tok(Tok::If)[mk_if] >> (header_parser<Tok::If>{} >> mark)[set_if_header] >>
                         must(block, "{ after if clause")[set_then] >>
                         -(tok(Tok::Else) >>
                           (nest[if_stmt[set_else]] | block[set_else] |
                            fail_plain("else must be followed by if or statement block")));

const auto mk_for = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  const Token* kw = at_c<0>(attr);
  Header& h = at_c<1>(attr);
  ast::BlockStmt* body = at_c<2>(attr);
  State& st = state(ctx);
  if (h.init) {
    if (auto* r = h.init->as<ast::RangeStmt>()) {
      r->pos = kw->pos;
      r->body = body;
      x3::_val(ctx) = r;
      return;
    }
  }
  auto* f = st.arena.template make<ast::ForStmt>(kw->pos);
  f->init = h.init;
  f->cond = headerCondition(st.arena, h, Tok::For, *st.lastEnd);
  f->post = h.post;
  f->body = body;
  x3::_val(ctx) = f;
};

const auto for_stmt_def = (tok(Tok::For) >> header_parser<Tok::For>{} >> mark >>
                           must(block, "{ after for clause"))[mk_for];

// ----- switch

const auto mk_switch = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  State& st = state(ctx);
  x3::_val(ctx) = makeSwitch(st.arena, *at_c<0>(attr), at_c<1>(attr), at_c<2>(attr), *st.lastEnd);
};
const auto mk_case = act([](ast::CaseClause*& val, const Token*& t, State& st) {
  val = st.arena.make<ast::CaseClause>(t->pos);
});
const auto mk_default = act([](ast::CaseClause*& val, const Token*& t, State& st) {
  val = st.arena.make<ast::CaseClause>(t->pos);
  val->isDefault = true;
});
const auto set_case_list = act(
    [](ast::CaseClause*& val, std::vector<ast::Expr*>& xs, State&) { val->list = std::move(xs); });
const auto set_case_body = act([](ast::CaseClause*& val, std::vector<ast::Stmt*>& body, State&) {
  val->body = std::move(body);
});

const auto case_clause_def = ((tok(Tok::Case)[mk_case] >>
                               must(expr_list, "expression")[set_case_list]) |
                              tok(Tok::Default)[mk_default] |
                              fail_unexpected(", expected case or default or }")) >>
                             must(tok(Tok::Colon), ":") >> stmt_list[set_case_body];

const auto switch_body_def = (tok(Tok::LBrace)[mk_block] |
                              fail_plain("missing { after switch clause")) >>
                             *(!tok_any(Tok::RBrace, Tok::EndOfFile) >> case_clause[push_stmt]) >>
                             must(tok(Tok::RBrace), "}")[set_rbrace];

// ----- select

const auto mk_comm = act([](ast::CommClause*& val, const Token*& t, State& st) {
  val = st.arena.make<ast::CommClause>(t->pos);
});
const auto set_comm = act([](ast::CommClause*& val, ast::Stmt*& s, State& st) {
  checkCommClause(s, *st.lastEnd);
  val->comm = s;
});
const auto set_comm_body = act([](ast::CommClause*& val, std::vector<ast::Stmt*>& body, State&) {
  val->body = std::move(body);
});

const auto comm_clause_def = ((tok(Tok::Case)[mk_comm] >>
                               (must(simple_stmt, "expression") >> mark)[set_comm]) |
                              tok(Tok::Default)[mk_comm] |
                              fail_unexpected(", expected case or default or }")) >>
                             must(tok(Tok::Colon), ":") >> stmt_list[set_comm_body];

const auto select_body_def = (tok(Tok::LBrace)[mk_block] |
                              fail_plain("missing { after select clause")) >>
                             *(!tok_any(Tok::RBrace, Tok::EndOfFile) >> comm_clause[push_stmt]) >>
                             must(tok(Tok::RBrace), "}")[set_rbrace];

const auto mk_select = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  auto* s = state(ctx).arena.template make<ast::SelectStmt>(at_c<0>(attr)->pos);
  s->body = at_c<1>(attr);
  x3::_val(ctx) = s;
};

// ----- statements

const auto stmt_def =
    nest[gen_decl[mk_decl_stmt] |
         (tok_any(Tok::Go, Tok::Defer) >> must(primary_expr, "expression") >> here)[mk_go_defer] |
         (tok(Tok::Return) >>
          -(!tok_any(Tok::Semicolon, Tok::RBrace) >> must(expr_list, "expression")))[mk_return] |
         (tok_any(Tok::Break, Tok::Continue) >> -ident)[mk_branch] |
         (tok(Tok::Goto) >> must(ident, "name"))[mk_goto] | tok(Tok::Fallthrough)[mk_fallthrough] |
         block[assign] | if_stmt[assign] | for_stmt[assign] |
         (tok(Tok::Switch) >> header_parser<Tok::Switch>{} >> switch_body >> mark)[mk_switch] |
         (tok(Tok::Select) >> select_body)[mk_select] | labeled_stmt[assign] | simple_stmt[assign] |
         (&tok(Tok::Semicolon) >> here[mk_empty])];

BOOST_SPIRIT_DEFINE(stmt_list, stmt, simple_stmt, simple_tail, if_stmt, for_stmt, switch_body,
                    case_clause, select_body, comm_clause, labeled_stmt)

}  // namespace

BOOST_SPIRIT_DEFINE(block)

}  // namespace weft::lang::parser
