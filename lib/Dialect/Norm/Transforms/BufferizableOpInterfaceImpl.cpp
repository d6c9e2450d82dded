//===- BufferizableOpInterfaceImpl.cpp - Bufferization of norm ops --------===//
//
// Destination-style norm ops bufferize like linalg ops: inputs are read,
// `outs` are written (never read) and each result is its destination's
// buffer. The row-wise norms are element-wise in bufferization's sense, so
// an output may take the buffer of an input that dies there (h over the
// sublayer output, y over x).
//
//===----------------------------------------------------------------------===//

#include "norm/Dialect/Norm/Transforms/BufferizableOpInterfaceImpl.h"

#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Bufferization/IR/DstBufferizableOpInterfaceImpl.h"
#include "norm/Dialect/Norm/IR/NormOps.h"

using namespace mlir;
using namespace mlir::bufferization;
using namespace mlir::norm;

namespace {
template <typename OpTy>
struct NormOpBufferization
    : public DstBufferizableOpInterfaceExternalModel<NormOpBufferization<OpTy>,
                                                     OpTy> {
  /// The index of the first destination: the `outs` are the trailing
  /// operands, one per result on tensors. (The analysis asks these queries
  /// for every pair of uses it compares; DestinationStyleOpInterface's
  /// isDpsInit builds the operand segment attribute each time, which made
  /// it a fifth of the bufferization time of a deep model.)
  static unsigned firstInit(Operation *op) {
    return op->getNumOperands() - op->getNumResults();
  }
  static bool isInit(Operation *op, OpOperand &operand) {
    return op->getNumResults() != 0 &&
           operand.getOperandNumber() >= firstInit(op);
  }

  /// The destinations are overwritten, not read.
  bool bufferizesToMemoryRead(Operation *op, OpOperand &operand,
                              const AnalysisState &) const {
    return !isInit(op, operand);
  }
  bool bufferizesToMemoryWrite(Operation *op, OpOperand &operand,
                               const AnalysisState &) const {
    return isInit(op, operand);
  }
  /// Each destination is its result's buffer.
  AliasingValueList getAliasingValues(Operation *op, OpOperand &operand,
                                      const AnalysisState &) const {
    if (!isInit(op, operand))
      return {};
    return {{op->getResult(operand.getOperandNumber() - firstInit(op)),
             BufferRelation::Equivalent}};
  }

  /// Every lowering of a row-wise norm reads an element of each input
  /// before it writes the same element of an output, and never reads it
  /// again afterwards (the row's statistics are complete before any output
  /// of the row is written; a kernel that reads inputs again checks at run
  /// time that the output it wrote does not overlap them).
  bool bufferizesToElementwiseAccess(Operation *op, const AnalysisState &,
                                     ArrayRef<OpOperand *>) const {
    std::optional<RowNormOperands> operands = getRowNormOperands(op);
    return operands && !operands->mean && !operands->rstd;
  }

  LogicalResult bufferize(Operation *op, RewriterBase &rewriter,
                          const BufferizationOptions &options,
                          BufferizationState &state) const {
    auto dps = cast<DestinationStyleOpInterface>(op);
    if (dps.hasPureBufferSemantics())
      return success();
    SmallVector<Value> operands;
    for (Value operand : op->getOperands()) {
      FailureOr<Value> buffer = getBuffer(rewriter, operand, options, state);
      if (failed(buffer))
        return failure();
      operands.push_back(*buffer);
    }
    rewriter.setInsertionPoint(op);
    OperationState newState(op->getLoc(), op->getName());
    newState.addOperands(operands);
    newState.propertiesAttr = op->getPropertiesAsAttribute();
    newState.addAttributes(llvm::to_vector(op->getDiscardableAttrs()));
    rewriter.create(newState);
    replaceOpWithBufferizedValues(
        rewriter, op, ValueRange(operands).take_back(dps.getNumDpsInits()));
    return success();
  }
};

template <typename... OpTys> void attachModels(MLIRContext *ctx) {
  (OpTys::template attachInterface<NormOpBufferization<OpTys>>(*ctx), ...);
}
} // namespace

void mlir::norm::registerBufferizableOpInterfaceExternalModels(
    DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, NormDialect *) {
    attachModels<LayerNormOp, RMSNormOp, BatchNormOp, DeepNormOp,
                 AddLayerNormOp, AddRMSNormOp, SandwichNormOp, LayerNormGradOp,
                 RMSNormGradOp, AddLayerNormGradOp, AddRMSNormGradOp,
                 BatchNormGradOp>(ctx);
  });
}
