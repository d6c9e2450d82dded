//===- NormAttrs.td - Norm dialect attributes --------------*- tablegen -*-===//
//
// Enumerations of the norm dialect: the norm kind, the residual placement and
// the DeepNet architecture a DeepNorm alpha is derived from.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_DIALECT_NORM_IR_NORMATTRS_TD
#define NORM_DIALECT_NORM_IR_NORMATTRS_TD

include "norm/Dialect/Norm/IR/NormBase.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/EnumAttr.td"

def Norm_NormKind : I32EnumAttr<"NormKind", "the normalization a block uses", [
    I32EnumAttrCase<"LayerNorm", 0, "layer_norm">,
    I32EnumAttrCase<"RMSNorm", 1, "rms_norm">
  ]> {
  let cppNamespace = "::mlir::norm";
  let genSpecializedAttr = 0;
}
def Norm_NormKindAttr : EnumAttr<Norm_Dialect, Norm_NormKind, "kind">;

def Norm_Placement : I32EnumAttr<"Placement",
    "where a norm sits relative to the residual connection", [
    I32EnumAttrCase<"Post", 0, "post">,
    I32EnumAttrCase<"Pre", 1, "pre">,
    I32EnumAttrCase<"Sandwich", 2, "sandwich">,
    I32EnumAttrCase<"DeepNorm", 3, "deepnorm">
  ]> {
  let cppNamespace = "::mlir::norm";
  let genSpecializedAttr = 0;
}
def Norm_PlacementAttr : EnumAttr<Norm_Dialect, Norm_Placement, "placement">;

def Norm_DeepNormArch : I32EnumAttr<"DeepNormArch",
    "the DeepNet architecture that determines alpha and beta", [
    I32EnumAttrCase<"EncoderOnly", 0, "encoder">,
    I32EnumAttrCase<"DecoderOnly", 1, "decoder">,
    I32EnumAttrCase<"EncDecEncoder", 2, "encdec_encoder">,
    I32EnumAttrCase<"EncDecDecoder", 3, "encdec_decoder">
  ]> {
  let cppNamespace = "::mlir::norm";
  let genSpecializedAttr = 0;
}
def Norm_DeepNormArchAttr : EnumAttr<Norm_Dialect, Norm_DeepNormArch, "arch"> {
  // Spelled `#norm.arch<decoder>` in attribute dictionaries.
  let assemblyFormat = "`<` $value `>`";
}

#endif // NORM_DIALECT_NORM_IR_NORMATTRS_TD
