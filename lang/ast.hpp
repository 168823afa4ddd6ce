// The syntax tree of a Go source file, as the parser builds it and the checker annotates it.
//
// Shape follows go/ast: expressions and type expressions share one Expr hierarchy (the parser
// cannot tell `a[b]` the index from `a[b]` the generic instantiation, nor `*T` the type from `*p`
// the dereference; the checker decides). Nodes are owned by an ast::Arena and linked by raw
// pointers; a node never outlives its arena. Kind tags plus static `classof` give cheap
// `as<T>()` / `is<T>()` without RTTI.
//
// Checker annotations (fields marked "checker:") are mutable so a const tree can be annotated;
// the parser leaves them at their defaults.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <vector>

namespace weft::types {
class Type;
class Object;
class Scope;
struct ConstValue;
}  // namespace weft::types

namespace weft::ast {

// A position in a source file. Lines and columns count from 1; columns count bytes, as Go does.
struct Pos {
  uint32_t line = 0;
  uint32_t col = 0;
  uint32_t offset = 0;  // byte offset in the file
  bool valid() const { return line != 0; }
};

// Operators and assignment tokens. The spelling table is in ast.cpp (`spell(Op)`).
enum class Op : uint8_t {
  None,
  // binary arithmetic / bitwise
  Add, Sub, Mul, Quo, Rem, And, Or, Xor, Shl, Shr, AndNot,
  // logical
  LAnd, LOr,
  // comparison
  Eql, Neq, Lss, Leq, Gtr, Geq,
  // unary only
  Not, Arrow /* <- */, Addr /* & */, Deref /* * */,
  // statements
  Inc, Dec, Assign /* = */, Define /* := */,
  // type set terms: ~T (a UnaryExpr in an interface element or constraint)
  Tilde,
};
const char* spell(Op op);

enum class NodeKind : uint8_t {
  // expressions
  BadExpr, Ident, BasicLit, CompositeLit, FuncLit, ParenExpr, SelectorExpr, IndexExpr, SliceExpr,
  TypeAssertExpr, CallExpr, StarExpr, UnaryExpr, BinaryExpr, KeyValueExpr,
  // type expressions
  ArrayType, StructType, FuncType, InterfaceType, MapType, ChanType, Ellipsis,
  // statements
  BadStmt, DeclStmt, EmptyStmt, LabeledStmt, ExprStmt, SendStmt, IncDecStmt, AssignStmt, GoStmt,
  DeferStmt, ReturnStmt, BranchStmt, BlockStmt, IfStmt, CaseClause, SwitchStmt, TypeSwitchStmt,
  CommClause, SelectStmt, ForStmt, RangeStmt,
  // declarations
  ImportSpec, ValueSpec, TypeSpec, GenDecl, FuncDecl, File,
  // helpers
  Field,
};

struct Node {
  NodeKind kind;
  Pos pos;  // position of the node's first token (for binary expressions: the operator)
  explicit Node(NodeKind k, Pos p = {}) : kind(k), pos(p) {}
  virtual ~Node() = default;
  template <class T> bool is() const { return T::classof(kind); }
  template <class T> T* as() { return is<T>() ? static_cast<T*>(this) : nullptr; }
  template <class T> const T* as() const { return is<T>() ? static_cast<const T*>(this) : nullptr; }
};

#define WEFT_AST_CLASSOF(K) \
  static bool classof(NodeKind k) { return k == NodeKind::K; }

// ---------------------------------------------------------------------------------------------
// Expressions

// How the checker classified an expression (go/types' operand modes).
enum class Mode : uint8_t {
  Invalid,   // not checked, or erroneous
  NoValue,   // call of a function without results
  Builtin,   // a builtin function name (len, append, ...)
  TypeExpr,  // the expression denotes a type
  Constant,  // compile-time constant (ConstValue in `value`)
  Variable,  // addressable value
  MapIndex,  // m[k]: assignable, not addressable; comma-ok capable
  Value,     // any other value
  CommaOk,   // a value that may be used in a comma-ok assignment (x.(T), <-ch)
  Package,   // a package name (only as the X of a selector)
};

struct Expr : Node {
  using Node::Node;
  static bool classof(NodeKind k) { return k >= NodeKind::BadExpr && k <= NodeKind::Ellipsis; }
  // checker: the expression's type (for TypeExpr: the denoted type). For untyped constants the
  // checker records the final (converted) type after assignment, as go/types does.
  mutable const types::Type* type = nullptr;
  mutable Mode mode = Mode::Invalid;
  mutable std::shared_ptr<const types::ConstValue> value;  // checker: set when mode == Constant
};

struct BadExpr : Expr {
  WEFT_AST_CLASSOF(BadExpr)
  explicit BadExpr(Pos p) : Expr(NodeKind::BadExpr, p) {}
};

struct Ident : Expr {
  WEFT_AST_CLASSOF(Ident)
  std::string name;
  mutable types::Object* obj = nullptr;  // checker: what the name denotes (defined or used)
  Ident(Pos p, std::string n) : Expr(NodeKind::Ident, p), name(std::move(n)) {}
  bool blank() const { return name == "_"; }
};

enum class LitKind : uint8_t { Int, Float, Imag, Rune, String };

struct BasicLit : Expr {
  WEFT_AST_CLASSOF(BasicLit)
  LitKind lit;
  std::string raw;    // the literal as written in the source
  std::string value;  // Rune/String: decoded bytes (UTF-8). Int/Float/Imag: raw without '_'.
  BasicLit(Pos p, LitKind k, std::string r, std::string v)
      : Expr(NodeKind::BasicLit, p), lit(k), raw(std::move(r)), value(std::move(v)) {}
};

// T{elts}; `type` is null when elided inside an outer composite literal.
struct CompositeLit : Expr {
  WEFT_AST_CLASSOF(CompositeLit)
  Expr* litType = nullptr;
  std::vector<Expr*> elts;  // KeyValueExpr for keyed elements
  Pos rbrace;
  explicit CompositeLit(Pos p) : Expr(NodeKind::CompositeLit, p) {}
};

struct FuncType;
struct BlockStmt;

struct FuncLit : Expr {
  WEFT_AST_CLASSOF(FuncLit)
  FuncType* sig = nullptr;
  BlockStmt* body = nullptr;
  mutable std::vector<types::Object*> captures;  // checker: free variables, in first-use order
  explicit FuncLit(Pos p) : Expr(NodeKind::FuncLit, p) {}
};

struct ParenExpr : Expr {
  WEFT_AST_CLASSOF(ParenExpr)
  Expr* x = nullptr;
  explicit ParenExpr(Pos p) : Expr(NodeKind::ParenExpr, p) {}
};

// How a selector x.f was resolved (filled by the checker).
enum class SelKind : uint8_t { None, Qualified /* pkg.Name */, Field, Method, MethodExpr /* T.m */ };

struct SelectorExpr : Expr {
  WEFT_AST_CLASSOF(SelectorExpr)
  Expr* x = nullptr;
  Ident* sel = nullptr;
  // checker: field or method resolution. `path` lists the field indices walked through embedded
  // fields (the last entry is the field itself for SelKind::Field); `indirect` tells whether a
  // pointer was dereferenced on the way. For methods, `obj` in `sel` is the method's Func.
  mutable SelKind selKind = SelKind::None;
  mutable std::vector<int> path;
  mutable bool indirect = false;
  explicit SelectorExpr(Pos p) : Expr(NodeKind::SelectorExpr, p) {}
};

struct IndexExpr : Expr {
  WEFT_AST_CLASSOF(IndexExpr)
  Expr* x = nullptr;
  std::vector<Expr*> indices;  // one index; several only for future generic instantiation
  Pos lbrack, rbrack;
  explicit IndexExpr(Pos p) : Expr(NodeKind::IndexExpr, p) {}
};

struct SliceExpr : Expr {
  WEFT_AST_CLASSOF(SliceExpr)
  Expr* x = nullptr;
  Expr* lo = nullptr;  // each may be null
  Expr* hi = nullptr;
  Expr* max = nullptr;
  bool slice3 = false;
  explicit SliceExpr(Pos p) : Expr(NodeKind::SliceExpr, p) {}
};

// x.(T); `assertType` is null for x.(type) in a type switch.
struct TypeAssertExpr : Expr {
  WEFT_AST_CLASSOF(TypeAssertExpr)
  Expr* x = nullptr;
  Expr* assertType = nullptr;
  explicit TypeAssertExpr(Pos p) : Expr(NodeKind::TypeAssertExpr, p) {}
};

// What a call expression turned out to be (filled by the checker).
enum class CallKind : uint8_t { None, Call, Conversion, Builtin };

struct CallExpr : Expr {
  WEFT_AST_CLASSOF(CallExpr)
  Expr* fun = nullptr;
  std::vector<Expr*> args;
  bool hasEllipsis = false;  // f(xs...)
  Pos lparen, rparen;
  mutable CallKind callKind = CallKind::None;
  explicit CallExpr(Pos p) : Expr(NodeKind::CallExpr, p) {}
};

// *x: a pointer type or a dereference.
struct StarExpr : Expr {
  WEFT_AST_CLASSOF(StarExpr)
  Expr* x = nullptr;
  explicit StarExpr(Pos p) : Expr(NodeKind::StarExpr, p) {}
};

// Unary + - ! ^ & <- (Op::Add, Sub, Not, Xor, Addr, Arrow).
struct UnaryExpr : Expr {
  WEFT_AST_CLASSOF(UnaryExpr)
  Op op = Op::None;
  Expr* x = nullptr;
  UnaryExpr(Pos p, Op o, Expr* e) : Expr(NodeKind::UnaryExpr, p), op(o), x(e) {}
};

struct BinaryExpr : Expr {
  WEFT_AST_CLASSOF(BinaryExpr)
  Op op = Op::None;
  Expr* x = nullptr;
  Expr* y = nullptr;
  BinaryExpr(Pos opPos, Op o, Expr* l, Expr* r)
      : Expr(NodeKind::BinaryExpr, opPos), op(o), x(l), y(r) {}
};

struct KeyValueExpr : Expr {
  WEFT_AST_CLASSOF(KeyValueExpr)
  Expr* key = nullptr;
  Expr* value = nullptr;
  explicit KeyValueExpr(Pos colon) : Expr(NodeKind::KeyValueExpr, colon) {}
};

// ---------------------------------------------------------------------------------------------
// Type expressions

// [len]elem, [...]elem (len is an Ellipsis) or []elem (len is null).
struct ArrayType : Expr {
  WEFT_AST_CLASSOF(ArrayType)
  Expr* len = nullptr;
  Expr* elem = nullptr;
  explicit ArrayType(Pos p) : Expr(NodeKind::ArrayType, p) {}
};

// A field, parameter, result or interface method. `names` is empty for embedded fields,
// anonymous parameters and embedded interfaces.
struct Field : Node {
  WEFT_AST_CLASSOF(Field)
  std::vector<Ident*> names;
  Expr* type = nullptr;      // Ellipsis for a variadic last parameter; FuncType for iface methods
  BasicLit* tag = nullptr;   // struct tags
  explicit Field(Pos p) : Node(NodeKind::Field, p) {}
};

struct StructType : Expr {
  WEFT_AST_CLASSOF(StructType)
  std::vector<Field*> fields;
  explicit StructType(Pos p) : Expr(NodeKind::StructType, p) {}
};

struct FuncType : Expr {
  WEFT_AST_CLASSOF(FuncType)
  std::vector<Field*> params;
  std::vector<Field*> results;
  explicit FuncType(Pos p) : Expr(NodeKind::FuncType, p) {}
};

// interface { methods; embedded types }. A Field with a name and a FuncType type is a method;
// a Field without names is an embedded element (a type name, or a type set term for the
// future `~int | string` constraint syntax, kept as BinaryExpr/UnaryExpr).
struct InterfaceType : Expr {
  WEFT_AST_CLASSOF(InterfaceType)
  std::vector<Field*> elems;
  explicit InterfaceType(Pos p) : Expr(NodeKind::InterfaceType, p) {}
};

struct MapType : Expr {
  WEFT_AST_CLASSOF(MapType)
  Expr* key = nullptr;
  Expr* value = nullptr;
  explicit MapType(Pos p) : Expr(NodeKind::MapType, p) {}
};

enum class ChanDir : uint8_t { Both, Send /* chan<- */, Recv /* <-chan */ };

struct ChanType : Expr {
  WEFT_AST_CLASSOF(ChanType)
  ChanDir dir = ChanDir::Both;
  Expr* value = nullptr;
  explicit ChanType(Pos p) : Expr(NodeKind::ChanType, p) {}
};

// `...T` as a variadic parameter type, or `...` as the length of [...]T (elem null).
struct Ellipsis : Expr {
  WEFT_AST_CLASSOF(Ellipsis)
  Expr* elem = nullptr;
  explicit Ellipsis(Pos p) : Expr(NodeKind::Ellipsis, p) {}
};

// ---------------------------------------------------------------------------------------------
// Statements

struct Stmt : Node {
  using Node::Node;
  static bool classof(NodeKind k) { return k >= NodeKind::BadStmt && k <= NodeKind::RangeStmt; }
};

struct BadStmt : Stmt {
  WEFT_AST_CLASSOF(BadStmt)
  explicit BadStmt(Pos p) : Stmt(NodeKind::BadStmt, p) {}
};

struct GenDecl;

struct DeclStmt : Stmt {
  WEFT_AST_CLASSOF(DeclStmt)
  GenDecl* decl = nullptr;
  explicit DeclStmt(Pos p) : Stmt(NodeKind::DeclStmt, p) {}
};

struct EmptyStmt : Stmt {
  WEFT_AST_CLASSOF(EmptyStmt)
  explicit EmptyStmt(Pos p) : Stmt(NodeKind::EmptyStmt, p) {}
};

struct LabeledStmt : Stmt {
  WEFT_AST_CLASSOF(LabeledStmt)
  Ident* label = nullptr;
  Stmt* stmt = nullptr;
  explicit LabeledStmt(Pos p) : Stmt(NodeKind::LabeledStmt, p) {}
};

struct ExprStmt : Stmt {
  WEFT_AST_CLASSOF(ExprStmt)
  Expr* x = nullptr;
  explicit ExprStmt(Pos p) : Stmt(NodeKind::ExprStmt, p) {}
};

struct SendStmt : Stmt {
  WEFT_AST_CLASSOF(SendStmt)
  Expr* chan = nullptr;
  Expr* value = nullptr;
  explicit SendStmt(Pos arrow) : Stmt(NodeKind::SendStmt, arrow) {}
};

struct IncDecStmt : Stmt {
  WEFT_AST_CLASSOF(IncDecStmt)
  Expr* x = nullptr;
  Op op = Op::Inc;  // Inc or Dec
  explicit IncDecStmt(Pos p) : Stmt(NodeKind::IncDecStmt, p) {}
};

// lhs op rhs where op is Assign, Define, or a binary operator for `op=` (Add for +=, ...).
struct AssignStmt : Stmt {
  WEFT_AST_CLASSOF(AssignStmt)
  std::vector<Expr*> lhs;
  Op op = Op::Assign;
  bool compound = false;  // true for `op=` forms, op then holds the binary operator
  std::vector<Expr*> rhs;
  Pos opPos;
  explicit AssignStmt(Pos p) : Stmt(NodeKind::AssignStmt, p) {}
};

struct GoStmt : Stmt {
  WEFT_AST_CLASSOF(GoStmt)
  CallExpr* call = nullptr;
  explicit GoStmt(Pos p) : Stmt(NodeKind::GoStmt, p) {}
};

struct DeferStmt : Stmt {
  WEFT_AST_CLASSOF(DeferStmt)
  CallExpr* call = nullptr;
  explicit DeferStmt(Pos p) : Stmt(NodeKind::DeferStmt, p) {}
};

struct ReturnStmt : Stmt {
  WEFT_AST_CLASSOF(ReturnStmt)
  std::vector<Expr*> results;
  explicit ReturnStmt(Pos p) : Stmt(NodeKind::ReturnStmt, p) {}
};

enum class Branch : uint8_t { Break, Continue, Goto, Fallthrough };

struct BranchStmt : Stmt {
  WEFT_AST_CLASSOF(BranchStmt)
  Branch tok = Branch::Break;
  Ident* label = nullptr;
  mutable Stmt* target = nullptr;  // checker: the statement broken/continued/jumped to
  explicit BranchStmt(Pos p) : Stmt(NodeKind::BranchStmt, p) {}
};

struct BlockStmt : Stmt {
  WEFT_AST_CLASSOF(BlockStmt)
  std::vector<Stmt*> list;
  Pos rbrace;
  explicit BlockStmt(Pos p) : Stmt(NodeKind::BlockStmt, p) {}
};

struct IfStmt : Stmt {
  WEFT_AST_CLASSOF(IfStmt)
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  BlockStmt* body = nullptr;
  Stmt* elseStmt = nullptr;  // IfStmt or BlockStmt
  explicit IfStmt(Pos p) : Stmt(NodeKind::IfStmt, p) {}
};

// case list: body; `list` is empty for default. In a type switch the list holds type
// expressions (Ident "nil" allowed).
struct CaseClause : Stmt {
  WEFT_AST_CLASSOF(CaseClause)
  std::vector<Expr*> list;
  bool isDefault = false;
  std::vector<Stmt*> body;
  mutable types::Object* implicitVar = nullptr;  // checker: the clause's `v` in `switch v := x.(type)`
  explicit CaseClause(Pos p) : Stmt(NodeKind::CaseClause, p) {}
};

struct SwitchStmt : Stmt {
  WEFT_AST_CLASSOF(SwitchStmt)
  Stmt* init = nullptr;
  Expr* tag = nullptr;  // null: switch { ... } (switch true)
  BlockStmt* body = nullptr;  // list of CaseClause
  explicit SwitchStmt(Pos p) : Stmt(NodeKind::SwitchStmt, p) {}
};

// switch [init;] [v :=] x.(type) { ... }
struct TypeSwitchStmt : Stmt {
  WEFT_AST_CLASSOF(TypeSwitchStmt)
  Stmt* init = nullptr;
  Ident* binding = nullptr;  // v in `v := x.(type)`, or null
  Expr* x = nullptr;         // the operand of .(type)
  BlockStmt* body = nullptr;  // list of CaseClause
  explicit TypeSwitchStmt(Pos p) : Stmt(NodeKind::TypeSwitchStmt, p) {}
};

// case comm: body; comm is a SendStmt, an ExprStmt (<-ch) or an AssignStmt (v, ok := <-ch);
// null for default.
struct CommClause : Stmt {
  WEFT_AST_CLASSOF(CommClause)
  Stmt* comm = nullptr;
  std::vector<Stmt*> body;
  explicit CommClause(Pos p) : Stmt(NodeKind::CommClause, p) {}
};

struct SelectStmt : Stmt {
  WEFT_AST_CLASSOF(SelectStmt)
  BlockStmt* body = nullptr;  // list of CommClause
  explicit SelectStmt(Pos p) : Stmt(NodeKind::SelectStmt, p) {}
};

struct ForStmt : Stmt {
  WEFT_AST_CLASSOF(ForStmt)
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  BlockStmt* body = nullptr;
  explicit ForStmt(Pos p) : Stmt(NodeKind::ForStmt, p) {}
};

// for key, value := range x { } ; op is Define, Assign, or None (for range x).
struct RangeStmt : Stmt {
  WEFT_AST_CLASSOF(RangeStmt)
  Expr* key = nullptr;
  Expr* value = nullptr;
  Op op = Op::None;
  Expr* x = nullptr;
  BlockStmt* body = nullptr;
  explicit RangeStmt(Pos p) : Stmt(NodeKind::RangeStmt, p) {}
};

// ---------------------------------------------------------------------------------------------
// Declarations

struct ImportSpec : Node {
  WEFT_AST_CLASSOF(ImportSpec)
  Ident* name = nullptr;  // null, "_", "." or an alias
  BasicLit* path = nullptr;
  mutable bool used = false;  // checker
  explicit ImportSpec(Pos p) : Node(NodeKind::ImportSpec, p) {}
};

// const/var spec. For const specs the checker repeats the previous spec's type and values when
// both are omitted; `iota` is the spec's index within its declaration.
struct ValueSpec : Node {
  WEFT_AST_CLASSOF(ValueSpec)
  std::vector<Ident*> names;
  Expr* type = nullptr;
  std::vector<Expr*> values;
  int iota = 0;
  explicit ValueSpec(Pos p) : Node(NodeKind::ValueSpec, p) {}
};

struct TypeSpec : Node {
  WEFT_AST_CLASSOF(TypeSpec)
  Ident* name = nullptr;
  std::vector<Field*> typeParams;  // reserved for generics; the parser may leave it empty
  bool alias = false;               // type A = B
  Expr* type = nullptr;
  explicit TypeSpec(Pos p) : Node(NodeKind::TypeSpec, p) {}
};

enum class DeclTok : uint8_t { Import, Const, Type, Var };

struct GenDecl : Node {
  WEFT_AST_CLASSOF(GenDecl)
  DeclTok tok = DeclTok::Var;
  std::vector<Node*> specs;  // ImportSpec, ValueSpec or TypeSpec
  explicit GenDecl(Pos p) : Node(NodeKind::GenDecl, p) {}
};

struct FuncDecl : Node {
  WEFT_AST_CLASSOF(FuncDecl)
  Field* recv = nullptr;  // method receiver, or null
  Ident* name = nullptr;
  FuncType* sig = nullptr;
  BlockStmt* body = nullptr;  // null for a declaration without body
  std::vector<Field*> typeParams;  // [T any, ...] of a generic function (names + constraint)
  std::string doc;            // the comment block right above the declaration
  explicit FuncDecl(Pos p) : Node(NodeKind::FuncDecl, p) {}
};

struct File : Node {
  WEFT_AST_CLASSOF(File)
  std::string filename;
  Ident* package = nullptr;
  std::vector<ImportSpec*> imports;
  std::vector<Node*> decls;  // GenDecl or FuncDecl, in source order (imports included)
  explicit File(Pos p) : Node(NodeKind::File, p) {}
};

#undef WEFT_AST_CLASSOF

// Owns every node of one parse. Nodes are created with `arena.make<T>(args...)`.
class Arena {
 public:
  template <class T, class... A> T* make(A&&... args) {
    auto node = std::make_unique<T>(std::forward<A>(args)...);
    T* raw = node.get();
    nodes_.push_back(std::move(node));
    return raw;
  }
  std::size_t size() const { return nodes_.size(); }

 private:
  std::deque<std::unique_ptr<Node>> nodes_;
};

}  // namespace weft::ast
