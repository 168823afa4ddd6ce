// Runtime::call: find a package-level function of main, check the host's argument and result
// types against its Go signature, initialize the Program's VM instance, run the function on a
// new goroutine (vm/machine_call.cpp) and hand the result words back to the template in
// weft.hpp for conversion.
//
// The result words are not GC roots once the goroutine is gone; they stay valid because the VM
// collects only inside its run loop, and the template converts them before anything runs again.
#include "lang/types.hpp"
#include "vm/api/runtime_data.hpp"

namespace weft {

namespace detail {
void checkOwner(const Program& program, const RuntimeData* rt, const ProgramData* data);
Error errorFor(vm::CallEnd end, int status, const std::string& report, const Options& options);
}  // namespace detail

namespace {

std::string joinTypes(const std::vector<std::string>& ts) {
  std::string out;
  for (std::size_t i = 0; i < ts.size(); i++) out += (i ? ", " : "") + ts[i];
  return out;
}

std::string signatureText(const std::vector<std::string>& params,
                          const std::vector<std::string>& results) {
  std::string out = "func(" + joinTypes(params) + ")";
  if (results.size() == 1) out += " " + results[0];
  if (results.size() > 1) out += " (" + joinTypes(results) + ")";
  return out;
}

std::vector<std::string> typeNames(const types::Tuple* t) {
  std::vector<std::string> out;
  for (const types::Var* v : t->vars) out.push_back(v->type->str(true));
  return out;
}

}  // namespace

detail::CallContext Runtime::begin_call(const Program& program, std::string_view func,
                                        std::vector<std::string> params,
                                        std::vector<std::string> results) {
  const detail::ProgramData* data = program.data_.get();
  detail::checkOwner(program, data_.get(), data);
  // The function: "main.<func>", a plain function (not a method or closure).
  std::string name = "main." + std::string(func);
  const vm::FuncProto* proto = nullptr;
  for (const auto& f : data->program->funcs)
    if (f->name == name && f->obj && !f->obj->sig()->recv) proto = f.get();
  if (!proto)
    throw Error(Error::Kind::Usage, "call: no function " + std::string(func) + " in package main");
  const types::Signature* sig = proto->obj->sig();
  std::vector<std::string> goParams = typeNames(sig->params);
  std::vector<std::string> goResults = typeNames(sig->results);
  if (sig->variadic || goParams != params || goResults != results)
    throw Error(Error::Kind::Usage,
                "call: " + std::string(func) + " is " + (sig->variadic ? "variadic " : "") +
                    signatureText(goParams, goResults) + ", the C++ call converts to " +
                    signatureText(params, results));
  if (proto->nparams != params.size() || proto->nresults != results.size())
    throw Error(Error::Kind::Internal, "call: unexpected register layout of " + name);

  vm::Machine& machine = data_->machineFor(program.data_);
  if (!machine.initialized()) {
    data_->enter(machine);
    std::string report;
    int status = 0;
    vm::CallEnd end = machine.initialize(&status, &report);
    data_->leave();
    if (end != vm::CallEnd::Returned) {
      data_->discard(data);
      throw detail::errorFor(end, status, report, data_->options);
    }
  }
  detail::CallContext ctx;
  ctx.runtime = data_.get();
  ctx.machine = &machine;
  ctx.func = proto;
  ctx.program = program.data_;
  ctx.marshal = detail::Marshal(&machine.heap(), &machine.program(), &machine);
  for (const types::Var* v : sig->params->vars) ctx.paramTypes.push_back(v->type);
  for (const types::Var* v : sig->results->vars) ctx.resultTypes.push_back(v->type);
  return ctx;
}

void Runtime::finish_call(detail::CallContext& ctx, const std::vector<detail::Word>& args) {
  auto& machine = *static_cast<vm::Machine*>(ctx.machine);
  auto* proto = static_cast<const vm::FuncProto*>(ctx.func);
  ctx.results.assign(std::max<std::size_t>(proto->nresults, 1), 0);
  std::string report;
  int status = 0;
  data_->enter(machine);
  vm::CallEnd end =
      machine.callFunction(proto, args.data(), args.size(), ctx.results.data(), &report, &status);
  data_->leave();
  if (end == vm::CallEnd::Returned) return;
  if (end != vm::CallEnd::Panicked)
    data_->discard(static_cast<const detail::ProgramData*>(ctx.program.get()));
  throw detail::errorFor(end, status, report, data_->options);
}

}  // namespace weft
