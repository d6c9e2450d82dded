//===- OutputPlan.cpp - How a CPU kernel writes its output ----------------===//
//
// Streaming decisions, blocks of rows per thread, and output row loops.
//
//===----------------------------------------------------------------------===//

#include "OutputPlan.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "llvm/Support/Debug.h"

#define DEBUG_TYPE "convert-norm-to-cpu"

using namespace mlir;
using namespace mlir::norm;
using namespace mlir::norm::cpu;

/// A store fence follows at least this many bytes of streamed output.
constexpr int64_t kBytesPerFence = 64 * 1024;

/// The bytes from the last `kStreamAlignment`-byte boundary to the start
/// of the 1-D `row`.
Value cpu::misalignment(OpBuilder &b, Location loc, Value row) {
  auto metadata = memref::ExtractStridedMetadataOp::create(b, loc, row);
  Value pointer = memref::ExtractAlignedPointerAsIndexOp::create(b, loc, row);
  Value start = arith::AddIOp::create(
      b, loc, pointer,
      arith::MulIOp::create(b, loc, metadata.getOffset(),
                            indexConstant(b, loc, elementBytes(row))));
  return arith::RemUIOp::create(b, loc, start,
                                indexConstant(b, loc, kStreamAlignment));
}

/// The number of leading elements of the 1-D `row` before its first
/// `kStreamAlignment`-byte boundary, at most `length`.
Value cpu::elementsToAlignment(OpBuilder &b, Location loc, Value row,
                               Value length) {
  Value bytes = indexConstant(b, loc, elementBytes(row));
  Value alignment = indexConstant(b, loc, kStreamAlignment);
  Value gap = arith::RemUIOp::create(
      b, loc,
      arith::SubIOp::create(b, loc, alignment, misalignment(b, loc, row)),
      alignment);
  Value elements = arith::DivUIOp::create(b, loc, gap, bytes);
  return arith::MinUIOp::create(b, loc, elements, length);
}

/// Whether the storage of two 2-D memrefs cannot overlap: a run-time i1
/// from their address ranges (each over-approximated by rows * row stride
/// + row length elements).
Value cpu::disjoint(OpBuilder &b, Location loc, Value lhs, Value rhs) {
  auto range = [&](Value memref) {
    auto metadata = memref::ExtractStridedMetadataOp::create(b, loc, memref);
    Value bytes = indexConstant(b, loc, elementBytes(memref));
    Value start = arith::AddIOp::create(
        b, loc, memref::ExtractAlignedPointerAsIndexOp::create(b, loc, memref),
        arith::MulIOp::create(b, loc, metadata.getOffset(), bytes));
    Value elements = arith::AddIOp::create(
        b, loc,
        arith::MulIOp::create(b, loc, metadata.getSizes()[0],
                              metadata.getStrides()[0]),
        metadata.getSizes()[1]);
    Value end = arith::AddIOp::create(
        b, loc, start, arith::MulIOp::create(b, loc, elements, bytes));
    return std::make_pair(start, end);
  };
  auto [lhsStart, lhsEnd] = range(lhs);
  auto [rhsStart, rhsEnd] = range(rhs);
  return arith::OrIOp::create(
      b, loc,
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ule, lhsEnd,
                            rhsStart),
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ule, rhsEnd,
                            lhsStart));
}

/// Whether half a chunk of `lanes` elements of `memref` spans at least a
/// cache line, so that a pass can prefetch half of another row at half its
/// own rate without fetching a line twice (RowKernelBuilder::prefetch).
bool cpu::halfChunkFillsLine(int64_t lanes, Value memref) {
  return lanes / 2 * elementBytes(memref) >= kStreamAlignment;
}

/// Whether `y2` streams (it is at least `threshold` bytes; 0: always,
/// negative: never), where that is known at compile time.
std::optional<bool> cpu::staticStreaming(Value y2, int64_t threshold) {
  if (threshold <= 0)
    return threshold == 0;
  auto yType = cast<MemRefType>(y2.getType());
  if (yType.hasStaticShape())
    return yType.getNumElements() * elementBytes(y2) >= threshold;
  return std::nullopt;
}

/// Whether the 2-D `y2` of `rows` x `length` streams: when it is at least
/// `threshold` bytes (0: always, negative: never). Decided at compile time
/// (the first result), or else at run time (the i1 second result).
std::pair<std::optional<bool>, Value>
cpu::decideStreaming(OpBuilder &b, Location loc, Value y2, Value rows,
                     Value length, int64_t threshold) {
  int64_t yBytes = elementBytes(y2);
  if (std::optional<bool> known = staticStreaming(y2, threshold))
    return {*known, Value()};
  Value total =
      arith::MulIOp::create(b, loc, arith::MulIOp::create(b, loc, rows, length),
                            indexConstant(b, loc, yBytes));
  return {std::nullopt,
          arith::CmpIOp::create(b, loc, arith::CmpIPredicate::uge, total,
                                indexConstant(b, loc, threshold))};
}

/// The plan for a kernel writing the 2-D `y2` of `rows` x `length`,
/// streamed as decideStreaming says. Where it may stream, rows go to
/// threads in blocks of at least kBytesPerFence bytes of y, so that the
/// store fence after a block of streamed rows costs little; otherwise one
/// row at a time.
OutputPlan cpu::planOutput(OpBuilder &b, Location loc, Value y2, Value rows,
                           Value length, int64_t threshold) {
  OutputPlan plan;
  int64_t yBytes = elementBytes(y2);
  std::tie(plan.staticStreaming, plan.streaming) =
      decideStreaming(b, loc, y2, rows, length, threshold);
  Value one = indexConstant(b, loc, 1);
  plan.rowsPerBlock = one;
  plan.blocks = rows;
  LLVM_DEBUG({
    llvm::dbgs() << "[convert-norm-to-cpu] output " << y2.getType() << ": ";
    if (plan.staticStreaming)
      llvm::dbgs() << (*plan.staticStreaming ? "streams" : "does not stream");
    else
      llvm::dbgs() << "streams if at least " << threshold
                   << " bytes (decided at run time)";
    llvm::dbgs() << (plan.mayStream() ? "; rows to threads in blocks of "
                                        ">= " +
                                            std::to_string(kBytesPerFence) +
                                            " bytes, a fence after each\n"
                                      : "; rows to threads one at a time\n");
  });
  if (plan.mayStream()) {
    // (Rows of no elements count as one: no division by zero.)
    plan.rowsPerBlock = arith::MaxUIOp::create(
        b, loc, one,
        arith::DivUIOp::create(b, loc,
                               indexConstant(b, loc, kBytesPerFence / yBytes),
                               arith::MaxUIOp::create(b, loc, one, length)));
    plan.blocks = arith::CeilDivUIOp::create(b, loc, rows, plan.rowsPerBlock);
  }
  return plan;
}

/// An scf.forall over `plan`'s blocks of rows (threads, once lowered) that
/// runs `rowKernel` on each row of the block. Where y may stream, each block
/// starts with `blockBegin` and ends with `blockEnd` (if given), then a
/// store fence.
void cpu::forEachRow(OpBuilder &b, Location loc, Value rows,
                     const OutputPlan &plan,
                     function_ref<void(OpBuilder &, Location, Value)> rowKernel,
                     BlockFn blockBegin, BlockFn blockEnd) {
  scf::ForallOp::create(
      b, loc, ArrayRef<OpFoldResult>{plan.blocks}, ValueRange{}, std::nullopt,
      [&](OpBuilder &fb, Location fl, ValueRange) {
        Value index = fb.getBlock()->getArgument(0);
        if (!plan.mayStream()) {
          rowKernel(fb, fl, index);
          scf::InParallelOp::create(fb, fl);
          return;
        }
        if (blockBegin)
          blockBegin(fb, fl);
        Value first = arith::MulIOp::create(fb, fl, index, plan.rowsPerBlock);
        Value last = arith::MinUIOp::create(
            fb, fl, rows,
            arith::AddIOp::create(fb, fl, first, plan.rowsPerBlock));
        scf::ForOp::create(
            fb, fl, first, last, indexConstant(fb, fl, 1), ValueRange{},
            [&](OpBuilder &nb, Location nl, Value row, ValueRange) {
              rowKernel(nb, nl, row);
              scf::YieldOp::create(nb, nl);
            });
        if (blockEnd)
          blockEnd(fb, fl);
        // Streamed stores are weakly ordered: a fence makes the block's
        // rows visible before the thread reaches the loop's barrier.
        LLVM::CallIntrinsicOp::create(
            fb, fl, fb.getStringAttr("llvm.x86.sse.sfence"), ValueRange{});
        scf::InParallelOp::create(fb, fl);
      });
}

/// Emits `emit(true)` and `emit(false)` into the two branches of an scf.if
/// on `condition`, with `b` inserting there.
void cpu::emitBranches(OpBuilder &b, Location loc, Value condition,
                       function_ref<void(bool)> emit) {
  auto ifOp = scf::IfOp::create(b, loc, TypeRange{}, condition,
                                /*withElseRegion=*/true);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPoint(ifOp.thenBlock()->getTerminator());
  emit(true);
  b.setInsertionPoint(ifOp.elseBlock()->getTerminator());
  emit(false);
}

/// The chunks of the output row `yRow`: where `stream`, ordinary stores up
/// to its first aligned element and streaming from there, else ordinary
/// stores throughout.
void cpu::outputRow(OpBuilder &b, Location loc, const RowKernelBuilder &k,
                    Value yRow, bool stream, OutputChunkFn body) {
  auto over = [&](Value start, Value end, bool streamed) {
    k.loop(
        b, loc, {},
        [&](OpBuilder &lb, Location ll, const Chunk &chunk,
            ValueRange) -> SmallVector<Value> {
          body(lb, ll, chunk, streamed);
          return {};
        },
        start, end);
  };
  if (!stream)
    return over(Value(), Value(), false);
  Value head = elementsToAlignment(b, loc, yRow, k.getLength());
  over(Value(), head, false);
  over(head, Value(), true);
}

/// The same, streamed as `plan` says (a run-time branch for dynamic
/// shapes).
void cpu::outputRow(OpBuilder &b, Location loc, const RowKernelBuilder &k,
                    Value yRow, const OutputPlan &plan, OutputChunkFn body) {
  if (plan.staticStreaming)
    return outputRow(b, loc, k, yRow, *plan.staticStreaming, body);
  emitBranches(b, loc, plan.streaming,
               [&](bool stream) { outputRow(b, loc, k, yRow, stream, body); });
}
