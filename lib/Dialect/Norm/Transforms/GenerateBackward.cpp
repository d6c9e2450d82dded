//===- GenerateBackward.cpp - @f_backward for chains of norm ops ----------===//
//
// --norm-generate-backward: reverse-mode differentiation of functions made
// of forward norm ops and element-wise tensor arithmetic. The norm ops'
// backward comes from buildNormOpGradients; this pass adds the sweep, the
// accumulation of cotangents and the rules of the few arith ops between
// norms.
//
//===----------------------------------------------------------------------===//

#include "norm/Dialect/Norm/IR/NormOps.h"
#include "norm/Dialect/Norm/Transforms/GradientBuilder.h"
#include "norm/Dialect/Norm/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/IR/TypeUtilities.h"
#include "llvm/ADT/TypeSwitch.h"

namespace mlir::norm {
#define GEN_PASS_DEF_NORMGENERATEBACKWARD
#include "norm/Dialect/Norm/Transforms/Passes.h.inc"
} // namespace mlir::norm

using namespace mlir;
using namespace mlir::norm;

/// A ranked tensor of f16, bf16, f32 or f64.
static bool isFloatTensor(Type type) {
  auto tensor = dyn_cast<RankedTensorType>(type);
  return tensor && isa<Float16Type, BFloat16Type, Float32Type, Float64Type>(
                       tensor.getElementType());
}

/// The element-wise arith ops the sweep differentiates.
static bool isDifferentiableArith(Operation *op) {
  return isa<arith::AddFOp, arith::SubFOp, arith::MulFOp, arith::NegFOp>(op);
}

/// Ops whose results carry no gradient: sources of destinations and
/// constants, and anything without a float tensor result (sizes, indices).
static bool isNonDifferentiable(Operation *op) {
  if (isa<tensor::EmptyOp, arith::ConstantOp>(op))
    return true;
  return op->getNumRegions() == 0 && isMemoryEffectFree(op) &&
         llvm::none_of(op->getResultTypes(), isFloatTensor);
}

/// Checks what the sweep needs of `func` before anything is built, with an
/// error naming what it does not support.
static LogicalResult checkDifferentiable(func::FuncOp func) {
  if (func.isExternal())
    return func.emitOpError("has no body to differentiate");
  if (!func.getBody().hasOneBlock())
    return func.emitOpError(
        "has several blocks: --norm-generate-backward differentiates "
        "straight-line bodies");
  FunctionType type = func.getFunctionType();
  for (auto [index, argType] : llvm::enumerate(type.getInputs()))
    if (!isFloatTensor(argType))
      return func.emitOpError()
             << "has argument #" << index << " of type " << argType
             << ": the backward takes ranked float tensors only";
  for (auto [index, resultType] : llvm::enumerate(type.getResults()))
    if (!isFloatTensor(resultType))
      return func.emitOpError()
             << "has result #" << index << " of type " << resultType
             << ": the backward takes ranked float tensors only";
  for (Operation &op : func.getBody().front().without_terminator()) {
    auto isMemRef = [](Type type) { return isa<BaseMemRefType>(type); };
    if (llvm::any_of(op.getOperandTypes(), isMemRef) ||
        llvm::any_of(op.getResultTypes(), isMemRef))
      return op.emitOpError(
          "works on memrefs: --norm-generate-backward differentiates "
          "tensor programs, before bufferization");
    if (isa<NormDialect>(op.getDialect()) || isNonDifferentiable(&op))
      continue;
    if (isDifferentiableArith(&op) && isFloatTensor(op.getResult(0).getType()))
      continue;
    return op.emitOpError()
           << "has no gradient rule in --norm-generate-backward, which "
              "differentiates the forward norm ops, arith.addf/subf/mulf/negf "
              "on tensors, and passes tensor.empty, arith.constant and ops "
              "without float tensor results through";
  }
  return success();
}

namespace {

/// The reverse sweep over one cloned body: the cotangent of each value.
class ReverseSweep {
public:
  explicit ReverseSweep(OpBuilder &b) : b(b) {}

  /// Adds `grad` to the cotangent of `value`.
  void accumulate(Value value, Value grad) {
    if (!grad)
      return;
    Value &slot = cotangents[value];
    slot =
        slot ? arith::AddFOp::create(b, value.getLoc(), slot, grad).getResult()
             : grad;
  }
  Value lookup(Value value) const { return cotangents.lookup(value); }

  /// Propagates the cotangents of `op`'s results to its operands.
  LogicalResult visit(Operation *op);

private:
  OpBuilder &b;
  DenseMap<Value, Value> cotangents;
};

} // namespace

LogicalResult ReverseSweep::visit(Operation *op) {
  SmallVector<Value> resultGrads =
      llvm::map_to_vector(op->getResults(), [&](Value v) { return lookup(v); });
  if (llvm::all_of(resultGrads, [](Value grad) { return !grad; }) ||
      isNonDifferentiable(op))
    return success();
  Location loc = op->getLoc();
  if (isDifferentiableArith(op)) {
    Value dc = resultGrads[0];
    TypeSwitch<Operation *>(op)
        .Case([&](arith::AddFOp add) {
          accumulate(add.getLhs(), dc);
          accumulate(add.getRhs(), dc);
        })
        .Case([&](arith::SubFOp sub) {
          accumulate(sub.getLhs(), dc);
          accumulate(sub.getRhs(), arith::NegFOp::create(b, loc, dc));
        })
        .Case([&](arith::MulFOp mul) {
          accumulate(mul.getLhs(),
                     arith::MulFOp::create(b, loc, dc, mul.getRhs()));
          accumulate(mul.getRhs(),
                     arith::MulFOp::create(b, loc, dc, mul.getLhs()));
        })
        .Case([&](arith::NegFOp neg) {
          accumulate(neg.getOperand(), arith::NegFOp::create(b, loc, dc));
        });
    return success();
  }
  FailureOr<SmallVector<Value>> grads =
      buildNormOpGradients(b, op, resultGrads);
  if (failed(grads))
    return failure();
  for (auto [operand, grad] : llvm::zip(op->getOperands(), *grads))
    accumulate(operand, grad);
  return success();
}

/// `like`'s shape and element type filled with zeros.
static Value createZerosLike(OpBuilder &b, Location loc, Value like) {
  Type elementType = getElementTypeOrSelf(like.getType());
  Value zero = arith::ConstantOp::create(b, loc, elementType,
                                         b.getFloatAttr(elementType, 0.0));
  return linalg::FillOp::create(b, loc, ValueRange{zero},
                                ValueRange{createEmptyLike(b, loc, like)})
      .getResult(0);
}

/// Builds `@<name>_backward` after `func`; erases it again on failure.
static LogicalResult generateBackward(func::FuncOp func, SymbolTable &symbols) {
  if (failed(checkDifferentiable(func)))
    return failure();
  std::string name = (func.getSymName() + "_backward").str();
  if (symbols.lookup(name))
    return func.emitOpError()
           << "has a backward name @" << name << " that is already taken";

  MLIRContext *ctx = func.getContext();
  FunctionType forwardType = func.getFunctionType();
  SmallVector<Type> inputs = llvm::to_vector(forwardType.getInputs());
  llvm::append_range(inputs, forwardType.getResults());
  OpBuilder b(func);
  b.setInsertionPointAfter(func);
  auto backward = func::FuncOp::create(
      b, func.getLoc(), name,
      FunctionType::get(ctx, inputs, forwardType.getInputs()));
  Block *entry = backward.addEntryBlock();
  ValueRange primals = entry->getArguments().take_front(func.getNumArguments());
  ValueRange resultCotangents =
      entry->getArguments().drop_front(func.getNumArguments());

  // The forward body, recomputed; DeepNorm as the fused op it denotes, whose
  // h result the backward reads. The return is cloned too, so that it
  // follows the rewrite, then dropped.
  IRMapping mapping;
  mapping.map(func.getArguments(), primals);
  b.setInsertionPointToStart(entry);
  for (Operation &op : func.getBody().front())
    b.clone(op, mapping);
  IRRewriter rewriter(ctx);
  for (auto deepNorm : llvm::to_vector(entry->getOps<DeepNormOp>()))
    rewriteDeepNormAsAddLayerNorm(rewriter, deepNorm);
  Operation *forwardReturn = entry->getTerminator();
  SmallVector<Value> returned = llvm::to_vector(forwardReturn->getOperands());
  forwardReturn->erase();
  SmallVector<Operation *> forwardOps =
      llvm::map_to_vector(*entry, [](Operation &op) { return &op; });

  // The sweep, from the returned values' cotangents.
  b.setInsertionPointToEnd(entry);
  ReverseSweep sweep(b);
  for (auto [value, cotangent] : llvm::zip(returned, resultCotangents))
    sweep.accumulate(value, cotangent);
  for (Operation *op : llvm::reverse(forwardOps)) {
    if (succeeded(sweep.visit(op)))
      continue;
    backward.erase();
    return failure();
  }
  SmallVector<Value> argGrads;
  for (Value primal : primals) {
    Value grad = sweep.lookup(primal);
    argGrads.push_back(grad ? grad : createZerosLike(b, func.getLoc(), primal));
  }
  func::ReturnOp::create(b, func.getLoc(), argGrads);

  // The forward values no gradient reads.
  for (Operation *op : llvm::reverse(forwardOps))
    if (isOpTriviallyDead(op))
      op->erase();
  symbols.insert(backward);
  return success();
}

namespace {
struct NormGenerateBackwardPass
    : norm::impl::NormGenerateBackwardBase<NormGenerateBackwardPass> {
  using Base::Base;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    SymbolTable symbols(module);
    SmallVector<func::FuncOp> targets;
    if (functions.empty()) {
      for (auto func : module.getOps<func::FuncOp>())
        if (!func.isExternal() &&
            func.walk([](Operation *op) {
                  return isa<NormDialect>(op->getDialect())
                             ? WalkResult::interrupt()
                             : WalkResult::advance();
                })
                .wasInterrupted())
          targets.push_back(func);
    } else {
      for (const std::string &name : functions) {
        auto func = symbols.lookup<func::FuncOp>(name);
        if (!func) {
          module.emitError()
              << "--norm-generate-backward: no function @" << name;
          return signalPassFailure();
        }
        targets.push_back(func);
      }
    }
    bool failedAny = false;
    for (func::FuncOp func : targets)
      failedAny |= failed(generateBackward(func, symbols));
    if (failedAny)
      signalPassFailure();
  }
};
} // namespace
