//===- NormOps.h - Norm dialect operations ----------------------*- C++ -*-===//
//
// Declares the operations of the norm dialect.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_DIALECT_NORM_IR_NORMOPS_H
#define NORM_DIALECT_NORM_IR_NORMOPS_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "norm/Dialect/Norm/IR/NormDialect.h"
#include "norm/Dialect/Norm/IR/NormInterfaces.h"

namespace mlir::norm {

/// Verifies that an op still has each of its default-valued attributes
/// (axis, epsilon, ...). ODS fills them in when the op is built or parsed,
/// and their getters dereference them, but the verifier it generates treats
/// them as optional. Removing one afterwards (`removeAttr`,
/// `mlirOperationRemoveAttributeByName`), or setting it to an attribute of
/// another kind, which the generated property setter drops, leaves it null:
/// the op then "requires attribute", as ODS says of a missing required one,
/// where its verifier would crash. The default-valued attributes are those
/// the op's `populateDefaultProperties` fills in. Listed first among the
/// op's traits, this runs right after the generated verifier and before
/// every other verifier.
template <typename ConcreteType>
class DefaultValuedAttrsPresent
    : public OpTrait::TraitBase<ConcreteType, DefaultValuedAttrsPresent> {
public:
  static LogicalResult verifyTrait(Operation *op) {
    using Properties = typename ConcreteType::Properties;
    Properties defaults;
    ConcreteType::populateDefaultProperties(op->getName(), defaults);
    const Properties &properties = cast<ConcreteType>(op).getProperties();
    MLIRContext *context = op->getContext();
    for (StringRef name : ConcreteType::getAttributeNames()) {
      if (ConcreteType::getInherentAttr(context, defaults, name)
              .value_or(Attribute()) &&
          !ConcreteType::getInherentAttr(context, properties, name)
               .value_or(Attribute()))
        return op->emitOpError() << "requires attribute '" << name << "'";
    }
    return success();
  }
};

} // namespace mlir::norm

#define GET_OP_CLASSES
#include "norm/Dialect/Norm/IR/NormOps.h.inc"

namespace mlir::norm {

/// DeepNet's residual scale alpha for `arch` with N encoder and M decoder
/// layers (docs/Semantics.md, "DeepNorm").
double computeDeepNormAlpha(DeepNormArch arch, int64_t encoderLayers,
                            int64_t decoderLayers);
/// DeepNet's initialization gain beta, as above.
double computeDeepNormBeta(DeepNormArch arch, int64_t encoderLayers,
                           int64_t decoderLayers);

/// Creates an empty tensor with the shape and element type of `like`
/// (dynamic sizes read with tensor.dim), for use as a destination.
Value createEmptyLike(OpBuilder &builder, Location loc, Value like,
                      Type elementType = {});

/// Builds `norm.layer_norm` or `norm.rms_norm` of `input` with a fresh
/// destination and returns `y`.
Value createRowNorm(OpBuilder &builder, Location loc, NormKind kind,
                    Value input, Value scale, Value bias, int64_t axis,
                    double epsilon, double offset);

/// Replaces a DeepNorm on tensors by the norm.add_layer_norm it denotes
/// (alpha on the skip branch, a fresh h destination); returns the new op.
/// Shared by canonicalization and both lowerings.
AddLayerNormOp rewriteDeepNormAsAddLayerNorm(RewriterBase &rewriter,
                                             DeepNormOp op);

/// Replaces `op` by explicit norm ops and residual adds for its placement,
/// inlining the body. Returns the value that replaced the op's result.
Value expandSublayer(RewriterBase &rewriter, SublayerOp op);

/// Replaces a Sandwich-LN step on tensors by the norm of its input and the
/// fused residual op it feeds (the unfused form); returns the fused op.
Operation *expandSandwichNorm(RewriterBase &rewriter, SandwichNormOp op);

} // namespace mlir::norm

#endif // NORM_DIALECT_NORM_IR_NORMOPS_H
