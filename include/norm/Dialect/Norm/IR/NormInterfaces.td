//===- NormInterfaces.td - Interfaces of norm ops ----------*- tablegen -*-===//
//
// What a lowering asks of a norm op: which kernel family takes it, and its
// operands in the shape that family's kernels read them.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_DIALECT_NORM_IR_NORMINTERFACES_TD
#define NORM_DIALECT_NORM_IR_NORMINTERFACES_TD

include "mlir/IR/OpBase.td"

def Norm_NormOpInterface : OpInterface<"NormOpInterface"> {
  let cppNamespace = "::mlir::norm";
  let description = [{
    A destination-style op that normalizes its input `x`. The kernel
    lowerings (`--convert-norm-to-cpu`, `--convert-norm-to-gpu`) and the
    filters that keep ops for them (`--convert-norm-to-linalg`'s `keep-*`
    options, kernel outlining) ask this interface, not the op's class,
    which ops they take and what those ops read: a new op joins a kernel
    family by implementing it, and a new family is one pattern file and
    one populate call in each lowering.
  }];
  let methods = [
    InterfaceMethod<[{
        The value the op normalizes (`x`).
      }], "::mlir::Value", "getNormalizedInput", (ins), [{}], [{
        return $_op.getInput();
      }]>,
    InterfaceMethod<[{
        The kernel family that lowers the op as it is (for instance none for
        a LayerNorm returning its statistics, or a BatchNorm on 1-D values,
        which only the linalg reference lowering takes).
      }], "::mlir::norm::KernelFamily", "getKernelFamily">,
    InterfaceMethod<[{
        The op's operands and attributes as a row-wise norm, for the
        row-norm kernels; std::nullopt unless getKernelFamily() is RowNorm.
      }], "std::optional<::mlir::norm::RowNormOperands>",
      "getRowNormOperands">,
  ];
}

#endif // NORM_DIALECT_NORM_IR_NORMINTERFACES_TD
