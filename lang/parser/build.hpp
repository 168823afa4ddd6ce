// Tree-building helpers called from the grammar's semantic actions. They hold the parts of Go's
// parser that are decisions rather than grammar (operator precedence, `<-chan` re-association,
// parameter grouping, control clause headers), so the X3 files stay short and quick to
// compile. No Boost.Spirit here.
#pragma once

#include <vector>

#include "lang/ast.hpp"
#include "lang/parser/state.hpp"

namespace weft::lang::parser {

// ----- attribute structs of the grammar's helper rules -----

struct CallParts {
  const Token* lparen = nullptr;
  std::vector<ast::Expr*> args;
  bool dots = false;
  const Token* rparen = nullptr;
};

struct IndexParts {
  const Token* lbrack = nullptr;
  ast::Expr* lo = nullptr;
  std::vector<ast::Expr*> more;  // x[a, b]: further indices (generic instantiation syntax)
  bool slice = false;
  ast::Expr* hi = nullptr;
  bool three = false;
  ast::Expr* max = nullptr;
  const Token* rbrack = nullptr;
};

// One entry of a parameter list before grouping: `name`, `Type`, `name Type` or `name ...T`.
struct ParamEntry {
  ast::Ident* name = nullptr;
  ast::Expr* type = nullptr;
};

// The tail of a simple statement after its expression list.
struct SimpleTail {
  enum Kind { Assign, Define, OpAssign, Inc, Dec, Send, Range } kind = Assign;
  const Token* op = nullptr;
  std::vector<ast::Expr*> rhs;
  const Token* rangeTok = nullptr;  // for `:= range x` / `= range x`
};

// A control clause header: `init; cond; post` (for), `init; cond` (if/switch).
struct Header {
  ast::Stmt* init = nullptr;
  ast::Stmt* cond = nullptr;
  ast::Stmt* post = nullptr;
  const Token* semi = nullptr;  // the first ';' (or newline) seen
};

// ----- expressions -----

// Binary operator precedence as in Go (5 highest); 0 when `t` is not a binary operator.
int binaryPrec(Tok t);
ast::Op binaryOp(Tok t);
ast::Op assignOp(Tok t);  // += -> Add, ...

// Folds `x op y op z ...` with Go's precedences (left associative).
class BinaryChain {
 public:
  explicit BinaryChain(ast::Expr* first) { vals_.push_back(first); }
  void push(ast::Arena& arena, const Token* op, ast::Expr* y);
  ast::Expr* finish(ast::Arena& arena);

 private:
  void reduce(ast::Arena& arena);
  std::vector<ast::Expr*> vals_;
  std::vector<const Token*> ops_;
};

// Applies prefix operators (outermost first in `ops`) to x; handles `*x`, `&x` (dropping
// parentheses around the operand, as Go does) and `<-` (re-associating `<-chan T`).
// `next` is the token after the unary expression (for error messages).
ast::Expr* foldUnary(ast::Arena& arena, const std::vector<const Token*>& ops, ast::Expr* x,
                     const Token& next);

ast::Expr* unparen(ast::Expr* x);

// Whether `{` after x opens a composite literal (Go's complit_ok). Throws for `(T){...}`.
bool compositeLitAllowed(ast::Expr* x, int xnest, const Token& lbrace);

ast::Expr* makeIndexOrSlice(ast::Arena& arena, ast::Expr* x, IndexParts& parts);
ast::CallExpr* makeCall(ast::Arena& arena, ast::Expr* fun, CallParts& parts);
ast::BasicLit* makeBasicLit(ast::Arena& arena, const Token& t);

// ----- types -----

// Groups `a, b int, c string` into fields; reports "mixed named and unnamed parameters".
std::vector<ast::Field*> groupParams(ast::Arena& arena, std::vector<ParamEntry>& entries,
                                     const Token& close);

// Groups a type parameter list `[K, V any, S ~[]E]`: a name without constraint takes the
// constraint to its right; reports "missing type constraint" and "empty type parameter list".
std::vector<ast::Field*> groupTypeParams(ast::Arena& arena, std::vector<ParamEntry>& entries,
                                         const Token& close);

// ----- statements -----

ast::Stmt* makeSimpleStmt(ast::Arena& arena, std::vector<ast::Expr*>& lhs, SimpleTail* tail,
                          const Token& next);

// Go's header() post-processing: turns the condition statement into an expression, with Go's
// errors. `keyword` is Tok::If, Tok::For or Tok::Switch.
ast::Expr* headerCondition(ast::Arena& arena, Header& h, Tok keyword, const Token& next);

// Checks `go`/`defer` operands: must be an unparenthesized call.
ast::CallExpr* callOperand(ast::Expr* x, const char* keyword, const Token& next);

// Checks that a select case is a send or a receive (go/types' rule, reported by the parser).
void checkCommClause(const ast::Stmt* comm, const Token& next);

// Reports `x.(type)` anywhere outside a type switch header (the type switch statement took
// its guard apart, so any TypeAssertExpr without a type left in the tree is misplaced).
void checkTypeSwitchGuards(const ast::Node* root);

// Builds a switch statement (expression or type switch) from its header and body.
ast::Stmt* makeSwitch(ast::Arena& arena, const Token& kw, Header& h, ast::BlockStmt* body,
                      const Token& next);

}  // namespace weft::lang::parser
