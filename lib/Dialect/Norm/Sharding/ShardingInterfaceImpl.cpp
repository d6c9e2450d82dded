//===- ShardingInterfaceImpl.cpp - Sharding of norm ops -------------------===//
//
// The loops of a row-wise norm are its input's dims: [0, axis) parallel,
// [axis, rank) reductions. Operands and results index them as follows:
//
//   input, residual, y, h          (d0, ..., d{rank-1})
//   scale, bias, add_bias          (d{axis}, ..., d{rank-1})
//   mean, rstd statistics          (d0, ..., d{axis-1}); their trailing
//                                  size-1 dims are never split
//
// so upstream propagation splits scale and bias with the normalized dims
// and statistics with the rows. Partitioning an op whose reduction loops
// are split builds its linalg decomposition on this process's slice with
// every per-row partial sum all-reduced over the grid axes that split the
// row (RowSplit in NormToLinalg/Decompositions.h).
//
//===----------------------------------------------------------------------===//

#include "norm/Dialect/Norm/Sharding/ShardingInterfaceImpl.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Shard/IR/ShardDialect.h"
#include "mlir/Dialect/Shard/IR/ShardOps.h"
#include "mlir/Dialect/Shard/Interfaces/ShardingInterface.h"
#include "mlir/Dialect/Shard/Interfaces/ShardingInterfaceImpl.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/SymbolTable.h"
#include "norm/Conversion/NormToLinalg/Decompositions.h"
#include "norm/Dialect/Norm/IR/NormDialect.h"
#include "norm/Dialect/Norm/IR/NormOps.h"

using namespace mlir;
using namespace mlir::norm;
using shard::GridAxis;
using shard::Sharding;
using shard::ShardingArray;
using shard::ShardingOption;

namespace {

/// How an operand or result of a row norm indexes the loops.
enum class OperandRole { Full, Parameter, Statistic };

/// Whether `index` (operands first, then results) is a statistics operand
/// or result: layer_norm's mean and rstd, rms_norm's rstd, and those of the
/// fused ops (after y and h).
template <typename OpTy> static bool isStatistic(OpTy op, unsigned index) {
  constexpr bool rowNorm =
      std::is_same_v<OpTy, LayerNormOp> || std::is_same_v<OpTy, RMSNormOp>;
  constexpr bool addNorm = std::is_same_v<OpTy, AddLayerNormOp> ||
                           std::is_same_v<OpTy, AddRMSNormOp>;
  if constexpr (rowNorm || addNorm) {
    unsigned firstStatistic = rowNorm ? 1 : 2;
    if (!op.hasStatistics())
      return false;
    unsigned numOperands = op->getNumOperands();
    if (index >= numOperands)
      return index - numOperands >= firstStatistic;
    OpOperand &operand = op->getOpOperand(index);
    return op.isDpsInit(&operand) &&
           op.getTiedOpResult(&operand).getResultNumber() >= firstStatistic;
  }
  return false;
}

/// Upstream's sharding option for a norm op on tensors, with norm's
/// diagnostics: memref operands, and `conflict` where the annotations
/// disagree.
static FailureOr<ShardingOption>
getTensorShardingOption(Operation *op, ArrayRef<Sharding> operandShardings,
                        ArrayRef<Sharding> resultShardings,
                        StringRef conflict) {
  if (!cast<DestinationStyleOpInterface>(op).hasPureTensorSemantics())
    return op->emitOpError()
           << "can only be sharded with tensor operands (bufferize after "
              "partitioning)";
  FailureOr<ShardingOption> option = shard::detail::defaultGetShardingOption(
      op, operandShardings, resultShardings);
  if (failed(option))
    return op->emitOpError() << "has conflicting shardings: " << conflict;
  return option;
}

/// The grid the annotations of an op's operands and results refer to.
static FlatSymbolRefAttr getGridName(ArrayRef<Sharding> operandShardings,
                                     ArrayRef<Sharding> resultShardings) {
  for (const Sharding &sharding :
       llvm::concat<const Sharding>(operandShardings, resultShardings))
    if (sharding)
      return sharding.getGridAttr();
  return {};
}

template <typename OpTy>
struct RowNormShardingModel
    : public shard::ShardingInterface::ExternalModel<RowNormShardingModel<OpTy>,
                                                     OpTy> {
  static int64_t getRank(OpTy op) {
    return cast<ShapedType>(op.getInput().getType()).getRank();
  }

  static OperandRole getRole(OpTy op, unsigned index, Type type) {
    if (isStatistic(op, index))
      return OperandRole::Statistic;
    int64_t rank = getRank(op);
    if (cast<ShapedType>(type).getRank() == rank)
      return OperandRole::Full;
    return OperandRole::Parameter;
  }

  SmallVector<utils::IteratorType> getLoopIteratorTypes(Operation *op) const {
    auto normOp = cast<OpTy>(op);
    int64_t rank = getRank(normOp);
    int64_t axis = normOp.getNormalizedAxis();
    SmallVector<utils::IteratorType> loops(axis, utils::IteratorType::parallel);
    loops.append(rank - axis, utils::IteratorType::reduction);
    return loops;
  }

  SmallVector<shard::ReductionKind>
  getReductionLoopIteratorKinds(Operation *op) const {
    auto normOp = cast<OpTy>(op);
    // A norm's results are not sums over the normalized dims: partial
    // results cannot be combined by a collective.
    return SmallVector<shard::ReductionKind>(getRank(normOp) -
                                                 normOp.getNormalizedAxis(),
                                             shard::ReductionKind::Generic);
  }

  SmallVector<AffineMap> getIndexingMaps(Operation *op) const {
    auto normOp = cast<OpTy>(op);
    MLIRContext *ctx = op->getContext();
    int64_t rank = getRank(normOp);
    int64_t axis = normOp.getNormalizedAxis();
    AffineMap full = AffineMap::getMultiDimIdentityMap(rank, ctx);
    SmallVector<AffineExpr> paramExprs;
    for (int64_t dim = axis; dim < rank; ++dim)
      paramExprs.push_back(getAffineDimExpr(dim, ctx));
    AffineMap parameter = AffineMap::get(rank, 0, paramExprs, ctx);
    AffineMap rows =
        AffineMap::get(rank, 0, full.getResults().take_front(axis), ctx);

    SmallVector<AffineMap> maps;
    auto addMap = [&](unsigned index, Type type) {
      switch (getRole(normOp, index, type)) {
      case OperandRole::Full:
        maps.push_back(full);
        break;
      case OperandRole::Parameter:
        maps.push_back(parameter);
        break;
      case OperandRole::Statistic:
        maps.push_back(rows);
        break;
      }
    };
    unsigned index = 0;
    for (Type type : op->getOperandTypes())
      addMap(index++, type);
    for (Type type : op->getResultTypes())
      addMap(index++, type);
    return maps;
  }

  FailureOr<ShardingOption>
  getShardingOption(Operation *op, ArrayRef<Sharding> operandShardings,
                    ArrayRef<Sharding> resultShardings) const {
    auto normOp = cast<OpTy>(op);
    FailureOr<ShardingOption> option = getTensorShardingOption(
        op, operandShardings, resultShardings,
        "the input, residual, y and h must be split alike, and scale and "
        "bias exactly like the input's normalized dims");
    if (failed(option) || option->empty)
      return option;
    SymbolTableCollection symbolTable;
    shard::GridOp grid = shard::getGridOrNull(op, option->grid, symbolTable);
    if (!grid)
      return op->emitOpError() << "refers to an unknown grid " << option->grid;
    if (failed(verifyNormalizedDimSplit(normOp, option->shardingArray, grid)))
      return failure();
    return option;
  }

  LogicalResult partition(Operation *op, ArrayRef<Value> partitionedOperands,
                          ArrayRef<Sharding> operandShardings,
                          ArrayRef<Sharding> resultShardings,
                          IRMapping &partitionMap,
                          SymbolTableCollection &symbolTable,
                          OpBuilder &builder) const {
    auto normOp = cast<OpTy>(op);
    SmallVector<utils::IteratorType> loops = getLoopIteratorTypes(op);
    ShardingArray loopAxes = shard::getGridAxisAssignmentForLoopIterators(
        operandShardings, resultShardings, loops, getIndexingMaps(op));
    if (!shard::isAtLeastOneReductionIteratorSharded(loops, loopAxes)) {
      // Whole rows on every process: the op itself, on the local rows.
      shard::partitionTriviallyShardableOperation(
          *op, partitionedOperands, operandShardings, resultShardings,
          partitionMap, symbolTable, builder);
      return success();
    }

    FlatSymbolRefAttr gridName = getGridName(operandShardings, resultShardings);
    shard::GridOp grid = shard::getGridOrNull(op, gridName, symbolTable);
    if (!grid)
      return op->emitOpError() << "refers to an unknown grid " << gridName;
    if (failed(verifyNormalizedDimSplit(normOp, loopAxes, grid)))
      return failure();
    SmallVector<GridAxis> rowAxes =
        shard::getReductionGridAxes(loops, loopAxes);

    // The op on this process's slice of every operand, then its
    // decomposition with all-reduced row sums in its place.
    IRMapping localMap;
    for (auto [operand, local] :
         llvm::zip_equal(op->getOperands(), partitionedOperands))
      localMap.map(operand, local);
    shard::partitionTriviallyShardableOperation(
        *op, partitionedOperands, operandShardings, resultShardings, localMap,
        symbolTable, builder);
    Operation *local = localMap.lookup(op->getResult(0)).getDefiningOp();

    RowSplit split;
    split.parts = shard::collectiveProcessGroupSize(rowAxes, grid);
    StringRef gridSymbol = grid.getSymName();
    split.combine = [gridSymbol, rowAxes](OpBuilder &b, Location loc,
                                          Value partialSums) -> Value {
      return shard::AllReduceOp::create(b, loc, partialSums, gridSymbol,
                                        rowAxes, shard::ReductionKind::Sum);
    };
    FailureOr<SmallVector<Value>> results =
        decomposeNormOp(builder, local, split);
    if (failed(results))
      return op->emitOpError() << "could not be partitioned over its "
                                  "normalized dims";
    for (auto [result, value] : llvm::zip_equal(op->getResults(), *results))
      partitionMap.map(result, value);
    local->erase();
    return success();
  }

private:
  /// Normalized dims split across processes must be static and divide
  /// evenly: every process then holds the same number of each row's
  /// elements, and the row's N is known.
  static LogicalResult
  verifyNormalizedDimSplit(OpTy op, ArrayRef<SmallVector<GridAxis>> loopAxes,
                           shard::GridOp grid) {
    auto type = cast<ShapedType>(op.getInput().getType());
    int64_t axis = op.getNormalizedAxis();
    for (auto [dim, axes] : llvm::enumerate(loopAxes)) {
      if (static_cast<int64_t>(dim) < axis || axes.empty())
        continue;
      int64_t parts = shard::collectiveProcessGroupSize(axes, grid);
      if (ShapedType::isDynamic(parts))
        return op->emitOpError() << "normalized dim " << dim
                                 << " is split over grid axes of dynamic size";
      if (type.isDynamicDim(dim))
        return op->emitOpError()
               << "normalized dim " << dim
               << " is dynamic; only static normalized dims can be split "
                  "across processes";
      if (type.getDimSize(dim) % parts != 0)
        return op->emitOpError()
               << "normalized dim " << dim << " of size "
               << type.getDimSize(dim) << " does not split evenly over "
               << parts << " processes";
    }
    return success();
  }
};

/// The backward ops: loops are the input's dims again. The row loops are
/// reductions for dscale and dbias (sums over rows); dx and dr index every
/// loop; the saved statistics index the rows. Rows split: each process
/// computes dx of its rows and partial dscale/dbias over them, which are
/// all-reduced over the processes holding the other rows (the reduction
/// sequence-parallel training needs). The normalized dims cannot be split
/// yet.
template <typename OpTy>
struct RowNormGradShardingModel
    : public shard::ShardingInterface::ExternalModel<
          RowNormGradShardingModel<OpTy>, OpTy> {
  static int64_t getRank(OpTy op) {
    return cast<ShapedType>(op.getInput().getType()).getRank();
  }

  static bool isStatisticOperand(OpTy op, Value value) {
    if (op.getRstd() && value == op.getRstd())
      return true;
    if constexpr (std::is_same_v<OpTy, LayerNormGradOp> ||
                  std::is_same_v<OpTy, AddLayerNormGradOp>)
      return op.getMean() && value == op.getMean();
    return false;
  }

  SmallVector<utils::IteratorType> getLoopIteratorTypes(Operation *op) const {
    auto gradOp = cast<OpTy>(op);
    int64_t axis = gradOp.getNormalizedAxis();
    SmallVector<utils::IteratorType> loops(axis,
                                           utils::IteratorType::reduction);
    loops.append(getRank(gradOp) - axis, utils::IteratorType::parallel);
    return loops;
  }

  SmallVector<shard::ReductionKind>
  getReductionLoopIteratorKinds(Operation *op) const {
    return SmallVector<shard::ReductionKind>(cast<OpTy>(op).getNormalizedAxis(),
                                             shard::ReductionKind::Sum);
  }

  SmallVector<AffineMap> getIndexingMaps(Operation *op) const {
    auto gradOp = cast<OpTy>(op);
    MLIRContext *ctx = op->getContext();
    int64_t rank = getRank(gradOp);
    int64_t axis = gradOp.getNormalizedAxis();
    AffineMap full = AffineMap::getMultiDimIdentityMap(rank, ctx);
    AffineMap rows =
        AffineMap::get(rank, 0, full.getResults().take_front(axis), ctx);
    AffineMap parameter =
        AffineMap::get(rank, 0, full.getResults().drop_front(axis), ctx);
    auto mapOf = [&](Value value) {
      if (isStatisticOperand(gradOp, value))
        return rows;
      return cast<ShapedType>(value.getType()).getRank() == rank ? full
                                                                 : parameter;
    };
    SmallVector<AffineMap> maps;
    for (Value operand : op->getOperands())
      maps.push_back(mapOf(operand));
    for (Value result : op->getResults())
      maps.push_back(mapOf(result));
    return maps;
  }

  FailureOr<ShardingOption>
  getShardingOption(Operation *op, ArrayRef<Sharding> operandShardings,
                    ArrayRef<Sharding> resultShardings) const {
    FailureOr<ShardingOption> option = getTensorShardingOption(
        op, operandShardings, resultShardings,
        "dy, x and dx must be split alike, and the statistics like their "
        "rows");
    if (failed(option) ||
        failed(verifyRowsOnly(cast<OpTy>(op), option->shardingArray)))
      return failure();
    return option;
  }

  LogicalResult partition(Operation *op, ArrayRef<Value> partitionedOperands,
                          ArrayRef<Sharding> operandShardings,
                          ArrayRef<Sharding> resultShardings,
                          IRMapping &partitionMap,
                          SymbolTableCollection &symbolTable,
                          OpBuilder &builder) const {
    auto gradOp = cast<OpTy>(op);
    SmallVector<utils::IteratorType> loops = getLoopIteratorTypes(op);
    ShardingArray loopAxes = shard::getGridAxisAssignmentForLoopIterators(
        operandShardings, resultShardings, loops, getIndexingMaps(op));
    if (failed(verifyRowsOnly(gradOp, loopAxes)))
      return failure();
    SmallVector<GridAxis> rowAxes =
        shard::getReductionGridAxes(loops, loopAxes);
    int64_t rank = getRank(gradOp);
    for (OpResult result : op->getResults()) {
      Type elementType = getElementTypeOrSelf(result.getType());
      if (!rowAxes.empty() &&
          cast<ShapedType>(result.getType()).getRank() != rank &&
          !elementType.isF32() && !elementType.isF64())
        return op->emitOpError()
               << "with rows split across processes needs f32 or f64 "
                  "parameter gradients (their partial sums are all-reduced)";
    }
    shard::partitionTriviallyShardableOperation(
        *op, partitionedOperands, operandShardings, resultShardings,
        partitionMap, symbolTable, builder);
    if (rowAxes.empty())
      return success();
    FlatSymbolRefAttr gridName = getGridName(operandShardings, resultShardings);
    // dscale and dbias of this process's rows, summed over all rows.
    for (OpResult result : op->getResults()) {
      if (cast<ShapedType>(result.getType()).getRank() == rank)
        continue;
      Value total = shard::AllReduceOp::create(
          builder, op->getLoc(), partitionMap.lookup(result),
          gridName.getValue(), rowAxes, shard::ReductionKind::Sum);
      partitionMap.map(result, total);
    }
    return success();
  }

private:
  static LogicalResult verifyRowsOnly(OpTy op,
                                      ArrayRef<SmallVector<GridAxis>> axes) {
    int64_t axis = op.getNormalizedAxis();
    for (auto [dim, dimAxes] : llvm::enumerate(axes))
      if (static_cast<int64_t>(dim) >= axis && !dimAxes.empty())
        return op->emitOpError() << "cannot split its normalized dim " << dim
                                 << " across processes yet (only rows)";
    return success();
  }
};

template <typename... OpTys> static void attachModels(MLIRContext *ctx) {
  (OpTys::template attachInterface<RowNormShardingModel<OpTys>>(*ctx), ...);
}

template <typename... OpTys> static void attachGradModels(MLIRContext *ctx) {
  (OpTys::template attachInterface<RowNormGradShardingModel<OpTys>>(*ctx), ...);
}

} // namespace

void mlir::norm::registerShardingInterfaceExternalModels(
    DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, NormDialect *) {
    // The partitioned ops: collectives, and the decompositions' ops.
    ctx->loadDialect<shard::ShardDialect, linalg::LinalgDialect,
                     tensor::TensorDialect, arith::ArithDialect,
                     cf::ControlFlowDialect>();
    attachModels<LayerNormOp, RMSNormOp, AddLayerNormOp, AddRMSNormOp,
                 DeepNormOp, SandwichNormOp>(ctx);
    attachGradModels<LayerNormGradOp, RMSNormGradOp, AddLayerNormGradOp,
                     AddRMSNormGradOp>(ctx);
  });
}
