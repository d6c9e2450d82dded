//===- OutputPlan.h - How a CPU kernel writes its output --------*- C++ -*-===//
//
// Private to the NormToCPU library: whether a kernel's output streams
// (non-temporal stores from its first 64-byte aligned element, a store
// fence per block of rows), how rows go to threads, and the row loops that
// write an output row.
//
// Large outputs are written with non-temporal stores: the cache is then
// not filled with y, and memory does not read y's lines before they are
// overwritten.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_LIB_CONVERSION_NORMTOCPU_OUTPUTPLAN_H
#define NORM_LIB_CONVERSION_NORMTOCPU_OUTPUTPLAN_H

#include "KernelBuilder.h"

#include <optional>

namespace mlir::norm::cpu {

/// Whether a kernel's output y streams, and how its rows go to threads.
struct OutputPlan {
  /// Decided at compile time (static shapes, or a threshold of 0 or less),
  /// or else at run time by the i1 `streaming`.
  std::optional<bool> staticStreaming;
  Value streaming;
  /// Rows go to threads in `blocks` blocks of `rowsPerBlock` rows.
  Value rowsPerBlock;
  Value blocks;

  bool mayStream() const { return !staticStreaming || *staticStreaming; }
};

/// The bytes from the last `kStreamAlignment`-byte boundary to the start
/// of the 1-D `row`.
Value misalignment(OpBuilder &b, Location loc, Value row);

/// The number of leading elements of the 1-D `row` before its first
/// `kStreamAlignment`-byte boundary, at most `length`.
Value elementsToAlignment(OpBuilder &b, Location loc, Value row, Value length);

/// Whether the storage of two 2-D memrefs cannot overlap: a run-time i1
/// from their address ranges (each over-approximated by rows * row stride
/// + row length elements).
Value disjoint(OpBuilder &b, Location loc, Value lhs, Value rhs);

/// Whether half a chunk of `lanes` elements of `memref` spans at least a
/// cache line, so that a pass can prefetch half of another row at half its
/// own rate without fetching a line twice (RowKernelBuilder::prefetch).
bool halfChunkFillsLine(int64_t lanes, Value memref);

/// Whether `y2` streams (it is at least `threshold` bytes; 0: always,
/// negative: never), where that is known at compile time.
std::optional<bool> staticStreaming(Value y2, int64_t threshold);

/// Whether the 2-D `y2` of `rows` x `length` streams: when it is at least
/// `threshold` bytes (0: always, negative: never). Decided at compile time
/// (the first result), or else at run time (the i1 second result).
std::pair<std::optional<bool>, Value> decideStreaming(OpBuilder &b,
                                                      Location loc, Value y2,
                                                      Value rows, Value length,
                                                      int64_t threshold);

/// The plan for a kernel writing the 2-D `y2` of `rows` x `length`,
/// streamed as decideStreaming says. Where it may stream, rows go to
/// threads in blocks of at least kBytesPerFence bytes of y, so that the
/// store fence after a block of streamed rows costs little; otherwise one
/// row at a time.
OutputPlan planOutput(OpBuilder &b, Location loc, Value y2, Value rows,
                      Value length, int64_t threshold);

using BlockFn = function_ref<void(OpBuilder &, Location)>;

/// An scf.forall over `plan`'s blocks of rows (threads, once lowered) that
/// runs `rowKernel` on each row of the block. Where y may stream, each block
/// starts with `blockBegin` and ends with `blockEnd` (if given), then a
/// store fence.
void forEachRow(OpBuilder &b, Location loc, Value rows, const OutputPlan &plan,
                function_ref<void(OpBuilder &, Location, Value)> rowKernel,
                BlockFn blockBegin = nullptr, BlockFn blockEnd = nullptr);

/// Emits `emit(true)` and `emit(false)` into the two branches of an scf.if
/// on `condition`, with `b` inserting there.
void emitBranches(OpBuilder &b, Location loc, Value condition,
                  function_ref<void(bool)> emit);

/// Writes one chunk of an output row; `stream` says whether a full chunk
/// may be a non-temporal store (it is then 64-byte aligned).
using OutputChunkFn =
    function_ref<void(OpBuilder &, Location, const Chunk &, bool stream)>;

/// The chunks of the output row `yRow`: where `stream`, ordinary stores up
/// to its first aligned element and streaming from there, else ordinary
/// stores throughout.
void outputRow(OpBuilder &b, Location loc, const RowKernelBuilder &k,
               Value yRow, bool stream, OutputChunkFn body);

/// The same, streamed as `plan` says (a run-time branch for dynamic
/// shapes).
void outputRow(OpBuilder &b, Location loc, const RowKernelBuilder &k,
               Value yRow, const OutputPlan &plan, OutputChunkFn body);

} // namespace mlir::norm::cpu

#endif // NORM_LIB_CONVERSION_NORMTOCPU_OUTPUTPLAN_H
