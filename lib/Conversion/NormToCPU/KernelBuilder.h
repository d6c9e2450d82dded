//===- KernelBuilder.h - Building blocks of the CPU kernels -----*- C++ -*-===//
//
// Private to the NormToCPU library: what every kernel family builds its
// row loops from (chunks of a row, reads and writes widened to the compute
// type, row views) and how the kernels are shaped.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_LIB_CONVERSION_NORMTOCPU_KERNELBUILDER_H
#define NORM_LIB_CONVERSION_NORMTOCPU_KERNELBUILDER_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/TypeUtilities.h"

namespace mlir::norm::cpu {

/// Streaming stores start at this alignment (a cache line; also the widest
/// x86 vector).
constexpr int64_t kStreamAlignment = 64;

/// An index constant.
Value indexConstant(OpBuilder &b, Location loc, int64_t value);

/// Bytes per element of a memref.
int64_t elementBytes(Value memref);

/// Float conversion between scalar or vector float types.
Value convertFloat(OpBuilder &b, Location loc, Value value, Type to);

/// Row `row` of a 2-D memref as a 1-D view.
Value rowView(OpBuilder &b, Location loc, Value matrix, Value row,
              Value length);

/// The type the kernels compute in for data of `memref`'s element type:
/// f64 for f64, f32 otherwise.
Type computeTypeOf(Value memref);

/// The index `index` as a float of `type` (an element count).
Value indexToFloat(OpBuilder &b, Location loc, Value index, Type type);

/// How many rows of `length` elements of `matrix` fit in `bytes`, at least
/// one (also for rows of no elements).
Value rowsFitting(OpBuilder &b, Location loc, int64_t bytes, Value matrix,
                  Value length);

/// How the kernels are built: chunks of `lanes` elements, hardware vectors
/// of `width`, the streaming threshold (bytes of y; 0: always, negative:
/// never), whether norms prefetch their next row, and whether fused
/// ops keep a streamed bf16 h in a row buffer.
struct KernelShape {
  int64_t lanes;
  int64_t width;
  int64_t streamingThreshold;
  bool prefetch;
  bool bf16RowBuffer;
};

/// One chunk of a row: `lanes` elements at `offset`, or, for a partial
/// chunk (`mask` set), the first `count` of them.
struct Chunk {
  Value offset;
  Value mask;
  Value count;
  int64_t lanes;
};

/// Builds the per-row vector code of one norm op. A row runs in chunks of
/// `lanes` elements (several hardware vectors: independent accumulators),
/// then in chunks of `width` (one hardware vector), then one masked chunk of
/// `width`: what is left after the wide chunks costs at most a few
/// single-vector operations.
class RowKernelBuilder {
public:
  RowKernelBuilder(Value length, int64_t lanes, int64_t width, Type computeType)
      : length(length), lanes(lanes), width(width), computeType(computeType) {}

  VectorType vectorOf(Type element, int64_t n) const {
    return VectorType::get({n}, element);
  }
  VectorType computeVector(int64_t n) const { return vectorOf(computeType, n); }

  Value getLength() const { return length; }

  Value scalar(OpBuilder &builder, Location l, double value) const {
    return arith::ConstantOp::create(builder, l,
                                     builder.getFloatAttr(computeType, value));
  }
  /// `scalarValue` in every lane of a `lanes`-wide vector.
  Value splat(OpBuilder &builder, Location l, Value scalarValue) const {
    return vector::BroadcastOp::create(builder, l, computeVector(lanes),
                                       scalarValue);
  }
  Value zeroVector(OpBuilder &builder, Location l, int64_t n) const {
    return arith::ConstantOp::create(
        builder, l,
        DenseElementsAttr::get(computeVector(n),
                               builder.getFloatAttr(computeType, 0.0)));
  }
  Value zeroVector(OpBuilder &builder, Location l) const {
    return zeroVector(builder, l, lanes);
  }

  /// `value` in every lane of a chunk-wide vector.
  Value splat(OpBuilder &builder, Location l, double value,
              const Chunk &chunk) const {
    return fit(builder, l, splat(builder, l, scalar(builder, l, value)), chunk);
  }

  /// A `lanes`-wide vector cut to the chunk's width.
  Value fit(OpBuilder &builder, Location l, Value value,
            const Chunk &chunk) const {
    if (chunk.lanes == lanes)
      return value;
    return vector::ExtractStridedSliceOp::create(
        builder, l, value, ArrayRef<int64_t>{0}, ArrayRef<int64_t>{chunk.lanes},
        ArrayRef<int64_t>{1});
  }
  /// A chunk-wide vector in the first lanes of a `lanes`-wide vector of
  /// zeros (to add into the accumulators).
  Value widen(OpBuilder &builder, Location l, Value value,
              const Chunk &chunk) const {
    if (chunk.lanes == lanes)
      return value;
    return vector::InsertStridedSliceOp::create(
        builder, l, value, zeroVector(builder, l), ArrayRef<int64_t>{0},
        ArrayRef<int64_t>{1});
  }

  using ChunkBody = function_ref<SmallVector<Value>(
      OpBuilder &, Location, const Chunk &, ValueRange iterArgs)>;

  /// Runs `body` on the partial chunk of `count` (< width) elements at
  /// `offset` if `count` is not 0.
  SmallVector<Value> partialChunk(OpBuilder &builder, Location l, Value offset,
                                  Value count, ValueRange inits,
                                  ChunkBody body) const {
    Value any = arith::CmpIOp::create(builder, l, arith::CmpIPredicate::ne,
                                      count, indexConstant(builder, l, 0));
    auto partial = scf::IfOp::create(
        builder, l, any,
        [&](OpBuilder &nb, Location nl) {
          Value mask = vector::CreateMaskOp::create(
              nb, nl, VectorType::get({width}, nb.getI1Type()),
              ValueRange{count});
          scf::YieldOp::create(
              nb, nl, body(nb, nl, Chunk{offset, mask, count, width}, inits));
        },
        [&](OpBuilder &nb, Location nl) {
          scf::YieldOp::create(nb, nl, inits);
        });
    return SmallVector<Value>(partial.getResults());
  }

  /// Runs `body` over [start, end) (0 and the row length if null): chunks
  /// of `lanes`, then of `width`, then one partial chunk.
  SmallVector<Value> loop(OpBuilder &builder, Location l, ValueRange inits,
                          ChunkBody body, Value start = Value(),
                          Value end = Value()) const {
    if (!start)
      start = indexConstant(builder, l, 0);
    if (!end)
      end = length;
    SmallVector<Value> results(inits);
    SmallVector<int64_t, 2> steps = {lanes};
    if (width < lanes)
      steps.push_back(width);
    for (int64_t step : steps) {
      Value rest = arith::SubIOp::create(builder, l, end, start);
      Value stop = arith::SubIOp::create(
          builder, l, end,
          arith::RemUIOp::create(builder, l, rest,
                                 indexConstant(builder, l, step)));
      auto chunks = scf::ForOp::create(
          builder, l, start, stop, indexConstant(builder, l, step), results,
          [&](OpBuilder &nb, Location nl, Value offset, ValueRange iterArgs) {
            scf::YieldOp::create(
                nb, nl,
                body(nb, nl, Chunk{offset, Value(), Value(), step}, iterArgs));
          });
      results.assign(chunks.getResults().begin(), chunks.getResults().end());
      start = stop;
    }
    Value count = arith::SubIOp::create(builder, l, end, start);
    return partialChunk(builder, l, start, count, results, body);
  }

  /// Partial chunks of 16-bit data move element by element: LLVM legalizes
  /// a masked load or store of bf16 vectors on x86 through __truncsfbf2, a
  /// compiler-rt helper a JIT or a plain link does not have.
  static bool needsScalarTail(Type element) {
    return element.getIntOrFloatBitWidth() == 16;
  }

  /// Reads a chunk of a 1-D memref, widened to the compute type.
  Value read(OpBuilder &builder, Location l, Value row,
             const Chunk &chunk) const {
    Type element = cast<MemRefType>(row.getType()).getElementType();
    if (chunk.mask && needsScalarTail(element)) {
      auto loop = scf::ForOp::create(
          builder, l, indexConstant(builder, l, 0), chunk.count,
          indexConstant(builder, l, 1),
          ValueRange{zeroVector(builder, l, chunk.lanes)},
          [&](OpBuilder &nb, Location nl, Value i, ValueRange iters) {
            Value index = arith::AddIOp::create(nb, nl, chunk.offset, i);
            Value value = memref::LoadOp::create(nb, nl, row, index);
            value = convertFloat(nb, nl, value, computeType);
            scf::YieldOp::create(
                nb, nl,
                ValueRange{vector::InsertOp::create(nb, nl, value, iters[0],
                                                    ArrayRef<OpFoldResult>{i})
                               .getResult()});
          });
      return loop.getResult(0);
    }
    Value pad = arith::ConstantOp::create(builder, l,
                                          builder.getFloatAttr(element, 0.0));
    auto map = AffineMapAttr::get(
        AffineMap::getMinorIdentityMap(1, 1, builder.getContext()));
    Value value = vector::TransferReadOp::create(
        builder, l, vectorOf(element, chunk.lanes), row,
        ValueRange{chunk.offset}, map, pad, chunk.mask,
        builder.getBoolArrayAttr({!chunk.mask}));
    return convertFloat(builder, l, value, computeVector(chunk.lanes));
  }

  /// Writes a compute-type chunk into a 1-D memref, rounded to its type; a
  /// chunk of `lanes` with `streaming` set is a non-temporal, aligned store.
  void write(OpBuilder &builder, Location l, Value value, Value row,
             const Chunk &chunk, bool streaming = false) const {
    Type element = cast<MemRefType>(row.getType()).getElementType();
    if (chunk.mask && needsScalarTail(element)) {
      scf::ForOp::create(
          builder, l, indexConstant(builder, l, 0), chunk.count,
          indexConstant(builder, l, 1), ValueRange{},
          [&](OpBuilder &nb, Location nl, Value i, ValueRange) {
            Value index = arith::AddIOp::create(nb, nl, chunk.offset, i);
            Value scalarValue = vector::ExtractOp::create(
                nb, nl, value, ArrayRef<OpFoldResult>{i});
            memref::StoreOp::create(
                nb, nl, convertFloat(nb, nl, scalarValue, element), row, index);
            scf::YieldOp::create(nb, nl);
          });
      return;
    }
    Value stored =
        convertFloat(builder, l, value, vectorOf(element, chunk.lanes));
    if (streaming && chunk.lanes == lanes && !chunk.mask) {
      vector::StoreOp::create(builder, l, stored, row, ValueRange{chunk.offset},
                              /*nontemporal=*/true,
                              llvm::MaybeAlign(kStreamAlignment));
      return;
    }
    auto map = AffineMapAttr::get(
        AffineMap::getMinorIdentityMap(1, 1, builder.getContext()));
    vector::TransferWriteOp::create(builder, l, stored, row,
                                    ValueRange{chunk.offset}, map, chunk.mask,
                                    builder.getBoolArrayAttr({!chunk.mask}));
  }

  /// Prefetches (for reading, into every cache level) the cache lines of
  /// `row` that a full chunk's share covers: with `half`, half the chunk's
  /// length from `base` + offset / 2 (at least one line), else the chunk's
  /// own range. A pass over a row that does this for each full chunk
  /// fetches the half of `row` from `base` on, at half the rate at which it
  /// moves along its own row, or (not `half`) the whole row alongside.
  void prefetch(OpBuilder &builder, Location l, Value row, Value base,
                bool half, const Chunk &chunk) const {
    int64_t perLine =
        std::max<int64_t>(kStreamAlignment / elementBytes(row), 1);
    Value start = chunk.offset;
    if (half)
      start = arith::AddIOp::create(
          builder, l, base,
          arith::ShRUIOp::create(builder, l, chunk.offset,
                                 indexConstant(builder, l, 1)));
    int64_t count = half ? chunk.lanes / 2 : chunk.lanes;
    for (int64_t lane = 0; lane < std::max<int64_t>(count, 1);
         lane += perLine) {
      Value index = lane
                        ? arith::AddIOp::create(builder, l, start,
                                                indexConstant(builder, l, lane))
                        : start;
      memref::PrefetchOp::create(builder, l, row, ValueRange{index},
                                 /*isWrite=*/false, /*localityHint=*/3,
                                 /*isDataCache=*/true);
    }
  }

  /// Keeps the lanes of a partial chunk that are inside the row.
  Value masked(OpBuilder &builder, Location l, Value value,
               const Chunk &chunk) const {
    if (!chunk.mask)
      return value;
    return arith::SelectOp::create(builder, l, chunk.mask, value,
                                   zeroVector(builder, l, chunk.lanes));
  }

  /// The sum of a vector's lanes, as a tree of vector additions (the
  /// lanes are partial sums in no particular order: reassociating them
  /// costs no accuracy, and an ordered reduction of a `lanes`-wide vector
  /// is a chain of `lanes` dependent scalar additions per row).
  Value reduce(OpBuilder &builder, Location l, Value vector) const {
    return vector::ReductionOp::create(builder, l, vector::CombiningKind::ADD,
                                       vector, arith::FastMathFlags::reassoc);
  }

private:
  Value length;
  int64_t lanes;
  int64_t width;
  Type computeType;
};

} // namespace mlir::norm::cpu

#endif // NORM_LIB_CONVERSION_NORMTOCPU_KERNELBUILDER_H
