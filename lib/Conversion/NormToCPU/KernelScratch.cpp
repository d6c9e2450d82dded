//===- KernelScratch.cpp - Temporary buffers reused across calls ----------===//
//
// The module's scratch buffer and its flag, and the code a kernel runs to
// take and give back its temporary matrices (KernelScratch.h).
//
//===----------------------------------------------------------------------===//

#include "KernelScratch.h"

#include "KernelBuilder.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/SymbolTable.h"

using namespace mlir;
using namespace mlir::norm;
using namespace mlir::norm::cpu;

namespace {

constexpr StringLiteral kScratchName = "__norm_cpu_scratch";
constexpr StringLiteral kBusyName = "__norm_cpu_scratch_busy";

/// The module's global `name` of `type`, created (private) at the start of
/// the module where missing.
memref::GlobalOp getOrCreateGlobal(OpBuilder &b, Location loc, ModuleOp module,
                                   StringRef name, MemRefType type,
                                   Attribute initialValue, int64_t alignment) {
  if (auto global = module.lookupSymbol<memref::GlobalOp>(name))
    return global;
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(module.getBody());
  return memref::GlobalOp::create(b, loc, name, b.getStringAttr("private"),
                                  type, initialValue, /*constant=*/false,
                                  b.getI64IntegerAttr(alignment));
}

/// `value` rounded up to a multiple of `alignment`.
Value alignUp(OpBuilder &b, Location loc, Value value, int64_t alignment) {
  Value step = indexConstant(b, loc, alignment);
  return arith::MulIOp::create(
      b, loc, arith::CeilDivUIOp::create(b, loc, value, step), step);
}

} // namespace

KernelScratch KernelScratch::acquire(OpBuilder &b, Location loc,
                                     Type elementType,
                                     ArrayRef<std::pair<Value, Value>> shapes,
                                     int64_t alignment) {
  auto module =
      b.getInsertionBlock()->getParentOp()->getParentOfType<ModuleOp>();
  auto scratchType = MemRefType::get({kScratchCapacityBytes}, b.getI8Type());
  auto busyType = MemRefType::get({}, b.getI32Type());
  getOrCreateGlobal(b, loc, module, kScratchName, scratchType, b.getUnitAttr(),
                    kStreamAlignment);
  getOrCreateGlobal(
      b, loc, module, kBusyName, busyType,
      DenseElementsAttr::get(RankedTensorType::get({}, b.getI32Type()),
                             b.getI32IntegerAttr(0).getValue()),
      4);

  // Each matrix's byte offset in the buffer, and the bytes of all of them.
  Value elementSize =
      indexConstant(b, loc, elementType.getIntOrFloatBitWidth() / 8);
  SmallVector<Value> offsets;
  Value end = indexConstant(b, loc, 0);
  for (auto [rows, columns] : shapes) {
    offsets.push_back(end);
    Value bytes = arith::MulIOp::create(
        b, loc, arith::MulIOp::create(b, loc, rows, columns), elementSize);
    end = alignUp(b, loc, arith::AddIOp::create(b, loc, end, bytes), alignment);
  }

  // Take the buffer where the matrices fit and no other call holds it.
  Value fits =
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ule, end,
                            indexConstant(b, loc, kScratchCapacityBytes));
  Type i32 = b.getI32Type();
  auto take = scf::IfOp::create(
      b, loc, fits,
      [&](OpBuilder &tb, Location tl) {
        Value busy = memref::GetGlobalOp::create(tb, tl, busyType, kBusyName);
        Value previous = memref::AtomicRMWOp::create(
            tb, tl, arith::AtomicRMWKind::assign,
            arith::ConstantIntOp::create(tb, tl, i32, 1), busy, ValueRange{});
        Value wasFree =
            arith::CmpIOp::create(tb, tl, arith::CmpIPredicate::eq, previous,
                                  arith::ConstantIntOp::create(tb, tl, i32, 0));
        scf::YieldOp::create(tb, tl, wasFree);
      },
      [&](OpBuilder &eb, Location el) {
        scf::YieldOp::create(
            eb, el,
            arith::ConstantIntOp::create(eb, el, eb.getI1Type(), 0)
                .getResult());
      });

  KernelScratch scratch;
  scratch.fromScratch = take.getResult(0);
  auto matrixType = MemRefType::get(
      {ShapedType::kDynamic, ShapedType::kDynamic}, elementType);
  SmallVector<Type> types(shapes.size(), matrixType);
  auto buffers = scf::IfOp::create(b, loc, types, scratch.fromScratch,
                                   /*withElseRegion=*/true);
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(buffers.thenBlock());
    Value buffer =
        memref::GetGlobalOp::create(b, loc, scratchType, kScratchName);
    SmallVector<Value> views;
    for (auto [shape, offset] : llvm::zip(shapes, offsets))
      views.push_back(
          memref::ViewOp::create(b, loc, matrixType, buffer, offset,
                                 ValueRange{shape.first, shape.second}));
    scf::YieldOp::create(b, loc, views);
    b.setInsertionPointToStart(buffers.elseBlock());
    SmallVector<Value> allocated;
    for (auto [rows, columns] : shapes)
      allocated.push_back(
          memref::AllocOp::create(b, loc, matrixType, ValueRange{rows, columns},
                                  b.getI64IntegerAttr(alignment)));
    scf::YieldOp::create(b, loc, allocated);
  }
  llvm::append_range(scratch.buffers, buffers.getResults());
  return scratch;
}

void KernelScratch::release(OpBuilder &b, Location loc) const {
  auto busyType = MemRefType::get({}, b.getI32Type());
  scf::IfOp::create(
      b, loc, fromScratch,
      [&](OpBuilder &tb, Location tl) {
        // Release: the kernel's writes to the buffer happen before the
        // flag clears (the atomic's ordering is acquire-release).
        Value busy = memref::GetGlobalOp::create(tb, tl, busyType, kBusyName);
        memref::AtomicRMWOp::create(
            tb, tl, arith::AtomicRMWKind::assign,
            arith::ConstantIntOp::create(tb, tl, tb.getI32Type(), 0), busy,
            ValueRange{});
        scf::YieldOp::create(tb, tl);
      },
      [&](OpBuilder &eb, Location el) {
        for (Value buffer : buffers)
          memref::DeallocOp::create(eb, el, buffer);
        scf::YieldOp::create(eb, el);
      });
}
