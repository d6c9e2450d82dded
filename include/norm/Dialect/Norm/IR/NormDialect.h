//===- NormDialect.h - Norm dialect declaration -----------------*- C++ -*-===//
//
// Declares the norm dialect, its enumerations and attributes.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_DIALECT_NORM_IR_NORMDIALECT_H
#define NORM_DIALECT_NORM_IR_NORMDIALECT_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Dialect.h"

#include "norm/Dialect/Norm/IR/NormDialect.h.inc"
#include "norm/Dialect/Norm/IR/NormEnums.h.inc"

#define GET_ATTRDEF_CLASSES
#include "norm/Dialect/Norm/IR/NormAttrs.h.inc"

#endif // NORM_DIALECT_NORM_IR_NORMDIALECT_H
