//===- TilingInterfaceImpl.cpp - Tiling of norm ops -----------------------===//
//
// TilingInterface for the destination-style norm ops, modelled on
// linalg.softmax: the loops are the input's dims, and a tile of the loops
// is computed by the same op on slices of its operands.
//
// Row-wise norms (layer_norm, rms_norm, deep_norm, add_layer_norm,
// add_rms_norm, sandwich_norm) normalize over the dims [axis, rank): the
// row loops before `axis` are parallel, the normalized loops are
// reductions that a tile always covers whole (a row's statistics need all
// of it). Tiling a normalized loop is an error; a consumer that needs only
// part of a row gets the whole row computed and sliced.
//
// BatchNorm in inference form is element-wise per channel: every loop is
// parallel. In training form the batch statistics reduce over every dim but
// the channel: only the channel loop is parallel, and a tile covers whole
// channels (all of N, H, W).
//
// How each operand is indexed by the loops:
//   input, residual, y, h     every loop (the tile's slice);
//   scale, bias, add_bias,    the normalized loops (never tiled: the
//   inner_scale, inner_bias   operand itself);
//   mean, rstd (row stats)    the row loops, then unit dims (offset 0,
//                             size 1);
//   BatchNorm's per-channel   the channel loop.
//   tensors
//
//===----------------------------------------------------------------------===//

#include "norm/Dialect/Norm/StructuredInterfaces/TilingInterfaceImpl.h"

#include "norm/Dialect/Norm/IR/NormDialect.h"
#include "norm/Dialect/Norm/IR/NormOps.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"
#include "mlir/Interfaces/TilingInterface.h"
#include "mlir/Interfaces/ValueBoundsOpInterface.h"
#include "llvm/ADT/TypeSwitch.h"
#include "llvm/Support/Debug.h"

#define DEBUG_TYPE "norm-tiling-interface"

using namespace mlir;
using namespace mlir::norm;

namespace {

/// How the loops of a norm op index one of its operands: operand dim `i`
/// follows loop `dims[i]`, or is a unit dim (std::nullopt: the trailing 1s
/// of a row statistic) that every tile accesses at index 0.
using OperandIndexing = SmallVector<std::optional<int64_t>>;

/// The loop structure of a norm op.
struct NormLoops {
  /// One per loop, i.e. per dim of the input.
  SmallVector<utils::IteratorType> iterators;
  /// One per operand, in operand order.
  SmallVector<OperandIndexing> operands;

  bool isParallel(int64_t loop) const {
    return iterators[loop] == utils::IteratorType::parallel;
  }
};

} // namespace

/// The rank of the input, i.e. the number of loops.
static int64_t getNumLoops(Operation *op) {
  return cast<ShapedType>(op->getOperand(0).getType()).getRank();
}

/// The normalized axis of a row-wise norm.
static int64_t getRowNormAxis(Operation *op) {
  return TypeSwitch<Operation *, int64_t>(op)
      .Case<LayerNormOp, RMSNormOp, DeepNormOp, AddLayerNormOp, AddRMSNormOp,
            SandwichNormOp>([](auto norm) { return norm.getNormalizedAxis(); })
      .Default([](Operation *) -> int64_t {
        llvm_unreachable("not a row-wise norm");
      });
}

/// The indexing of an operand with every loop, in order.
static OperandIndexing getIdentityIndexing(int64_t rank) {
  return llvm::map_to_vector(
      llvm::seq<int64_t>(0, rank),
      [](int64_t d) -> std::optional<int64_t> { return d; });
}

/// Derives the loop structure of `op` from its operand segments.
static NormLoops getNormLoops(Operation *op) {
  int64_t rank = getNumLoops(op);
  auto dps = cast<DestinationStyleOpInterface>(op);
  unsigned numOperands = op->getNumOperands();
  unsigned firstInit = numOperands - dps.getNumDpsInits();
  NormLoops loops;

  if (auto batchNorm = dyn_cast<BatchNormOp>(op)) {
    int64_t channel = batchNorm.getNormalizedChannelAxis();
    loops.iterators.assign(rank, batchNorm.getTraining()
                                     ? utils::IteratorType::reduction
                                     : utils::IteratorType::parallel);
    loops.iterators[channel] = utils::IteratorType::parallel;
    // x and y have every loop; the parameters, running and batch
    // statistics have the channel's.
    for (unsigned i = 0; i < numOperands; ++i)
      loops.operands.push_back(i == 0 || i == firstInit
                                   ? getIdentityIndexing(rank)
                                   : OperandIndexing{channel});
    return loops;
  }

  int64_t axis = getRowNormAxis(op);
  loops.iterators.assign(axis, utils::IteratorType::parallel);
  loops.iterators.append(rank - axis, utils::IteratorType::reduction);
  // Operands with every loop: the input, the residual of the fused ops, y
  // and (fused ops) h; the statistics outs of layer_norm and rms_norm are
  // the remaining inits.
  bool hasResidual = !isa<LayerNormOp, RMSNormOp>(op);
  unsigned numFullInits = hasResidual ? 2 : 1;
  OperandIndexing statistic = getIdentityIndexing(axis);
  statistic.append(rank - axis, std::nullopt);
  OperandIndexing parameter;
  for (int64_t d = axis; d < rank; ++d)
    parameter.push_back(d);
  for (unsigned i = 0; i < numOperands; ++i) {
    if (i == 0 || (hasResidual && i == 1) ||
        (i >= firstInit && i < firstInit + numFullInits))
      loops.operands.push_back(getIdentityIndexing(rank));
    else if (i >= firstInit)
      loops.operands.push_back(statistic);
    else
      loops.operands.push_back(parameter);
  }
  return loops;
}

/// The sizes of the loops.
static SmallVector<OpFoldResult> getLoopSizes(OpBuilder &b, Operation *op) {
  Value input = op->getOperand(0);
  return llvm::map_to_vector(
      llvm::seq<int64_t>(0, getNumLoops(op)), [&](int64_t d) {
        return linalg::createFoldedDimOp(b, op->getLoc(), input, d);
      });
}

/// Whether `size` is provably the size of loop `loop` of `op`.
static bool coversLoop(Operation *op, int64_t loop, OpFoldResult offset,
                       OpFoldResult size) {
  if (!isZeroInteger(offset))
    return false;
  Value input = op->getOperand(0);
  auto type = cast<ShapedType>(input.getType());
  std::optional<int64_t> staticSize = getConstantIntValue(size);
  if (!type.isDynamicDim(loop) && staticSize)
    return *staticSize == type.getDimSize(loop);
  FailureOr<bool> equal = ValueBoundsConstraintSet::areEqual(
      ValueBoundsConstraintSet::Variable(size),
      ValueBoundsConstraintSet::Variable(input, loop));
  return succeeded(equal) && *equal;
}

/// Whether two sizes or offsets are provably equal.
static bool areEqual(OpFoldResult lhs, OpFoldResult rhs) {
  if (isEqualConstantIntOrValue(lhs, rhs))
    return true;
  FailureOr<bool> equal = ValueBoundsConstraintSet::areEqual(
      ValueBoundsConstraintSet::Variable(lhs),
      ValueBoundsConstraintSet::Variable(rhs));
  return succeeded(equal) && *equal;
}

/// The offsets and sizes of the part of an operand indexed by `indexing`
/// that the tile `offsets`, `sizes` of the loops accesses.
static void getOperandTile(OpBuilder &b, const OperandIndexing &indexing,
                           ArrayRef<OpFoldResult> offsets,
                           ArrayRef<OpFoldResult> sizes,
                           SmallVector<OpFoldResult> &tileOffsets,
                           SmallVector<OpFoldResult> &tileSizes) {
  tileOffsets.clear();
  tileSizes.clear();
  for (std::optional<int64_t> loop : indexing) {
    tileOffsets.push_back(loop ? offsets[*loop] : b.getIndexAttr(0));
    tileSizes.push_back(loop ? sizes[*loop] : b.getIndexAttr(1));
  }
}

/// A tensor.extract_slice or memref.subview of `source` with unit strides.
static Operation *createSlice(OpBuilder &b, Location loc, Value source,
                              ArrayRef<OpFoldResult> offsets,
                              ArrayRef<OpFoldResult> sizes) {
  SmallVector<OpFoldResult> strides(offsets.size(), b.getIndexAttr(1));
  if (isa<RankedTensorType>(source.getType()))
    return tensor::ExtractSliceOp::create(b, loc, source, offsets, sizes,
                                          strides);
  return memref::SubViewOp::create(b, loc, source, offsets, sizes, strides);
}

/// Checks that the tile covers every reduction loop of `op` whole; reports
/// the first loop it does not cover as an error on `op`.
static LogicalResult verifyWholeReductions(Operation *op,
                                           const NormLoops &loops,
                                           ArrayRef<OpFoldResult> offsets,
                                           ArrayRef<OpFoldResult> sizes) {
  for (int64_t loop = 0, e = loops.iterators.size(); loop < e; ++loop) {
    if (loops.isParallel(loop) ||
        coversLoop(op, loop, offsets[loop], sizes[loop]))
      continue;
    InFlightDiagnostic diag = op->emitOpError("cannot tile loop ") << loop;
    if (isa<BatchNormOp>(op))
      diag << ": in training form only the channel loop is parallel (the "
              "batch statistics reduce over every other dim), and a tile "
              "must cover the others whole";
    else
      diag << ": loops [" << getRowNormAxis(op) << ", " << e
           << ") are the normalized dims, which a tile must cover whole (the "
              "statistics of a row need all of it); tile only loops [0, "
           << getRowNormAxis(op) << ")";
    return diag;
  }
  return success();
}

/// Maps tiles of operands of `op` to the tile of the loops that reads them,
/// without building IR: `offsets` and `sizes` get one entry per loop, null
/// for the loops no tile selects. Fails unless each tile covers the
/// reduction loops it indexes whole, selects the parallel loops it indexes
/// consistently with the others, and selects some parallel loop (a tile of
/// a row norm's scale does not select rows).
static LogicalResult
mapOperandTilesToLoops(Operation *op, const NormLoops &loops,
                       ArrayRef<unsigned> operandNumbers,
                       ArrayRef<SmallVector<OpFoldResult>> allOffsets,
                       ArrayRef<SmallVector<OpFoldResult>> allSizes,
                       SmallVectorImpl<OpFoldResult> &offsets,
                       SmallVectorImpl<OpFoldResult> &sizes) {
  offsets.assign(loops.iterators.size(), OpFoldResult());
  sizes.assign(loops.iterators.size(), OpFoldResult());
  bool hasParallelLoop =
      llvm::is_contained(loops.iterators, utils::IteratorType::parallel);
  for (auto [operandNumber, tileOffsets, tileSizes] :
       llvm::zip_equal(operandNumbers, allOffsets, allSizes)) {
    bool selectsParallelLoop = false;
    for (auto [dim, loop] : llvm::enumerate(loops.operands[operandNumber])) {
      if (!loop)
        continue;
      if (!loops.isParallel(*loop)) {
        if (coversLoop(op, *loop, tileOffsets[dim], tileSizes[dim]))
          continue;
        LLVM_DEBUG(llvm::dbgs() << "operand " << operandNumber
                                << ": the tile covers part of loop " << *loop
                                << ", which is a reduction\n");
        return failure();
      }
      selectsParallelLoop = true;
      if (offsets[*loop] && (!areEqual(offsets[*loop], tileOffsets[dim]) ||
                             !areEqual(sizes[*loop], tileSizes[dim]))) {
        LLVM_DEBUG(llvm::dbgs()
                   << "operand tiles disagree on loop " << *loop << "\n");
        return failure();
      }
      offsets[*loop] = tileOffsets[dim];
      sizes[*loop] = tileSizes[dim];
    }
    if (hasParallelLoop && !selectsParallelLoop) {
      LLVM_DEBUG(llvm::dbgs() << "operand " << operandNumber
                              << ": the tile selects no parallel loop\n");
      return failure();
    }
  }
  return success();
}

namespace {

/// TilingInterface of a destination-style norm op.
template <typename OpTy>
struct NormOpTiling
    : public TilingInterface::ExternalModel<NormOpTiling<OpTy>, OpTy> {

  SmallVector<utils::IteratorType> getLoopIteratorTypes(Operation *op) const {
    return getNormLoops(op).iterators;
  }

  SmallVector<Range> getIterationDomain(Operation *op, OpBuilder &b) const {
    OpFoldResult zero = b.getIndexAttr(0);
    OpFoldResult one = b.getIndexAttr(1);
    return llvm::map_to_vector(getLoopSizes(b, op), [&](OpFoldResult size) {
      return Range{zero, size, one};
    });
  }

  /// The same op on the slices of its operands that the tile accesses.
  /// Operands indexed only by reduction loops (the row norms' parameters)
  /// are whole in every tile and are not sliced.
  FailureOr<TilingResult>
  getTiledImplementation(Operation *op, OpBuilder &b,
                         ArrayRef<OpFoldResult> offsets,
                         ArrayRef<OpFoldResult> sizes) const {
    NormLoops loops = getNormLoops(op);
    if (failed(verifyWholeReductions(op, loops, offsets, sizes)))
      return failure();
    Location loc = op->getLoc();
    SmallVector<Value> operands;
    SmallVector<Operation *> slices;
    for (auto [operand, indexing] :
         llvm::zip_equal(op->getOperands(), loops.operands)) {
      bool hasParallelLoop = llvm::any_of(
          indexing, [&](auto loop) { return loop && loops.isParallel(*loop); });
      if (!hasParallelLoop) {
        operands.push_back(operand);
        continue;
      }
      SmallVector<OpFoldResult> tileOffsets, tileSizes;
      getOperandTile(b, indexing, offsets, sizes, tileOffsets, tileSizes);
      Operation *slice = createSlice(b, loc, operand, tileOffsets, tileSizes);
      slices.push_back(slice);
      operands.push_back(slice->getResult(0));
    }
    // On tensors each result takes the type of its (sliced) destination.
    auto dps = cast<DestinationStyleOpInterface>(op);
    SmallVector<Type> resultTypes;
    if (dps.hasPureTensorSemantics())
      resultTypes = llvm::to_vector(
          ValueRange(operands).take_back(dps.getNumDpsInits()).getTypes());
    Operation *tiled = clone(b, op, resultTypes, operands);
    LLVM_DEBUG(llvm::dbgs() << "tiled: " << *tiled << "\n");
    return TilingResult{
        {tiled}, SmallVector<Value>(tiled->getResults()), slices};
  }

  LogicalResult
  getResultTilePosition(Operation *op, OpBuilder &b, unsigned resultNumber,
                        ArrayRef<OpFoldResult> offsets,
                        ArrayRef<OpFoldResult> sizes,
                        SmallVector<OpFoldResult> &resultOffsets,
                        SmallVector<OpFoldResult> &resultSizes) const {
    NormLoops loops = getNormLoops(op);
    unsigned init = op->getNumOperands() - op->getNumResults() + resultNumber;
    getOperandTile(b, loops.operands[init], offsets, sizes, resultOffsets,
                   resultSizes);
    return success();
  }

  /// The tile of the loops that computes a tile of a result: its parallel
  /// loops follow the result tile, its reduction loops are whole (a tile of
  /// y that covers part of a row is computed from the whole row).
  LogicalResult getIterationDomainTileFromResultTile(
      Operation *op, OpBuilder &b, unsigned resultNumber,
      ArrayRef<OpFoldResult> offsets, ArrayRef<OpFoldResult> sizes,
      SmallVectorImpl<OpFoldResult> &iterDomainOffsets,
      SmallVectorImpl<OpFoldResult> &iterDomainSizes) const {
    NormLoops loops = getNormLoops(op);
    unsigned init = op->getNumOperands() - op->getNumResults() + resultNumber;
    iterDomainOffsets.assign(loops.iterators.size(), b.getIndexAttr(0));
    iterDomainSizes = getLoopSizes(b, op);
    for (auto [dim, loop] : llvm::enumerate(loops.operands[init])) {
      if (!loop || !loops.isParallel(*loop))
        continue;
      iterDomainOffsets[*loop] = offsets[dim];
      iterDomainSizes[*loop] = sizes[dim];
    }
    return success();
  }

  /// Computes the tile of the loops that produces the requested tile of a
  /// result, and slices the requested tile out of it where the request
  /// covers part of a reduction loop (part of a row).
  FailureOr<TilingResult>
  generateResultTileValue(Operation *op, OpBuilder &b, unsigned resultNumber,
                          ArrayRef<OpFoldResult> offsets,
                          ArrayRef<OpFoldResult> sizes) const {
    auto tiling = cast<TilingInterface>(op);
    SmallVector<OpFoldResult> loopOffsets, loopSizes;
    if (failed(tiling.getIterationDomainTileFromResultTile(
            b, resultNumber, offsets, sizes, loopOffsets, loopSizes)))
      return failure();
    FailureOr<TilingResult> tiled =
        tiling.getTiledImplementation(b, loopOffsets, loopSizes);
    if (failed(tiled))
      return failure();
    SmallVector<OpFoldResult> tileOffsets, tileSizes;
    if (failed(tiling.getResultTilePosition(b, resultNumber, loopOffsets,
                                            loopSizes, tileOffsets, tileSizes)))
      return failure();
    Value value = tiled->tiledValues[resultNumber];
    // Offsets of the request within the computed tile: zero along the
    // parallel loops (the computed tile starts where the request does).
    bool narrower = false;
    SmallVector<OpFoldResult> innerOffsets;
    for (auto [offset, size, tileOffset, tileSize] :
         llvm::zip_equal(offsets, sizes, tileOffsets, tileSizes)) {
      bool same = areEqual(offset, tileOffset) && areEqual(size, tileSize);
      narrower |= !same;
      innerOffsets.push_back(same ? b.getIndexAttr(0) : offset);
    }
    if (narrower) {
      LLVM_DEBUG(llvm::dbgs() << "slicing part of the rows of result "
                              << resultNumber << "\n");
      Operation *slice =
          createSlice(b, op->getLoc(), value, innerOffsets, sizes);
      tiled->generatedSlices.push_back(slice);
      value = slice->getResult(0);
    }
    return TilingResult{tiled->tiledOps, {value}, tiled->generatedSlices};
  }

  /// The tile of the loops that reads the given operand tiles: the loops
  /// the tiles select, whole along the others.
  LogicalResult getIterationDomainTileFromOperandTiles(
      Operation *op, OpBuilder &b, ArrayRef<unsigned> operandNumbers,
      ArrayRef<SmallVector<OpFoldResult>> allOffsets,
      ArrayRef<SmallVector<OpFoldResult>> allSizes,
      SmallVectorImpl<OpFoldResult> &iterDomainOffsets,
      SmallVectorImpl<OpFoldResult> &iterDomainSizes) const {
    NormLoops loops = getNormLoops(op);
    if (failed(mapOperandTilesToLoops(op, loops, operandNumbers, allOffsets,
                                      allSizes, iterDomainOffsets,
                                      iterDomainSizes)))
      return failure();
    SmallVector<OpFoldResult> loopSizes = getLoopSizes(b, op);
    for (int64_t loop = 0, e = loops.iterators.size(); loop < e; ++loop) {
      if (iterDomainOffsets[loop])
        continue;
      iterDomainOffsets[loop] = b.getIndexAttr(0);
      iterDomainSizes[loop] = loopSizes[loop];
    }
    return success();
  }

  FailureOr<TilingResult> getTiledImplementationFromOperandTiles(
      Operation *op, OpBuilder &b, ArrayRef<unsigned> operandNumbers,
      ArrayRef<SmallVector<OpFoldResult>> allOffsets,
      ArrayRef<SmallVector<OpFoldResult>> allSizes) const {
    auto tiling = cast<TilingInterface>(op);
    SmallVector<OpFoldResult> loopOffsets, loopSizes;
    if (failed(tiling.getIterationDomainTileFromOperandTiles(
            b, operandNumbers, allOffsets, allSizes, loopOffsets, loopSizes)))
      return failure();
    return tiling.getTiledImplementation(b, loopOffsets, loopSizes);
  }

  /// Any tile of any result can be produced (from whole rows).
  bool isOpFusableWithConsumerSlice(Operation *op, unsigned resultNumber,
                                    ArrayRef<OpFoldResult> offsets,
                                    ArrayRef<OpFoldResult> sizes) const {
    return true;
  }

  /// Whether the operand tiles select a tile of the loops (see
  /// mapOperandTilesToLoops).
  bool isOpFusableWithProducerSlices(
      Operation *op, ArrayRef<unsigned> operandNumbers,
      ArrayRef<SmallVector<OpFoldResult>> allOffsets,
      ArrayRef<SmallVector<OpFoldResult>> allSizes) const {
    SmallVector<OpFoldResult> offsets, sizes;
    return succeeded(mapOperandTilesToLoops(op, getNormLoops(op),
                                            operandNumbers, allOffsets,
                                            allSizes, offsets, sizes));
  }
};

template <typename... OpTys> void attachModels(MLIRContext *ctx) {
  (OpTys::template attachInterface<NormOpTiling<OpTys>>(*ctx), ...);
}

} // namespace

void mlir::norm::registerTilingInterfaceExternalModels(
    DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, NormDialect *) {
    attachModels<LayerNormOp, RMSNormOp, BatchNormOp, DeepNormOp,
                 AddLayerNormOp, AddRMSNormOp, SandwichNormOp>(ctx);
  });
}
