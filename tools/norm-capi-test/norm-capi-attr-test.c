/*===- norm-capi-attr-test.c - Attributes edited through the C API ------===*\
|*                                                                            *|
|* Parses one of each norm op, then, for every attribute the op has, removes  *|
|* it or replaces it with an attribute of another kind through the C API and  *|
|* verifies the module. Each line says what the verifier answered: "fails"    *|
|* and its first error, or "verifies". test/CAPI/attributes.test checks them. *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/BuiltinTypes.h"
#include "mlir-c/Diagnostics.h"
#include "mlir-c/Dialect/Func.h"
#include "mlir-c/IR.h"
#include "norm-c/Dialects.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const sources[] = {
    "func.func @f(%x: tensor<4x64xf32>, %g: tensor<64xf32>,\n"
    "             %y: tensor<4x64xf32>) -> tensor<4x64xf32> {\n"
    "  %r = norm.layer_norm %x : tensor<4x64xf32>\n"
    "         scale(%g : tensor<64xf32>) bias(%g : tensor<64xf32>)\n"
    "         outs(%y : tensor<4x64xf32>) {epsilon = 1.0e-6 : f64}\n"
    "  return %r : tensor<4x64xf32>\n"
    "}\n",

    "func.func @f(%x: tensor<4x64xf32>, %g: tensor<64xf32>,\n"
    "             %y: tensor<4x64xf32>) -> tensor<4x64xf32> {\n"
    "  %r = norm.rms_norm %x : tensor<4x64xf32> scale(%g : tensor<64xf32>)\n"
    "         outs(%y : tensor<4x64xf32>) {offset = 1.0 : f64}\n"
    "  return %r : tensor<4x64xf32>\n"
    "}\n",

    "func.func @f(%x: tensor<2x3x8xf32>, %c: tensor<3xf32>,\n"
    "             %y: tensor<2x3x8xf32>) -> tensor<2x3x8xf32> {\n"
    "  %r:5 = norm.batch_norm %x : tensor<2x3x8xf32>\n"
    "           running(%c, %c : tensor<3xf32>, tensor<3xf32>)\n"
    "           outs(%y, %c, %c, %c, %c : tensor<2x3x8xf32>, tensor<3xf32>,\n"
    "                tensor<3xf32>, tensor<3xf32>, tensor<3xf32>)\n"
    "           {training}\n"
    "  return %r#0 : tensor<2x3x8xf32>\n"
    "}\n",

    "func.func @f(%x: tensor<4x64xf32>, %y: tensor<4x64xf32>)\n"
    "    -> tensor<4x64xf32> {\n"
    "  %r = norm.deep_norm %x, %x : tensor<4x64xf32>, tensor<4x64xf32>\n"
    "         outs(%y : tensor<4x64xf32>)\n"
    "         {arch = #norm.arch<encdec_encoder>, encoder_layers = 6 : i64,\n"
    "          decoder_layers = 6 : i64}\n"
    "  return %r : tensor<4x64xf32>\n"
    "}\n",

    "func.func @f(%x: tensor<4x64xf32>, %y: tensor<4x64xf32>)\n"
    "    -> tensor<4x64xf32> {\n"
    "  %r = norm.deep_norm %x, %x : tensor<4x64xf32>, tensor<4x64xf32>\n"
    "         outs(%y : tensor<4x64xf32>) {alpha = 2.0 : f64}\n"
    "  return %r : tensor<4x64xf32>\n"
    "}\n",

    "func.func @f(%x: tensor<4x64xf32>, %y: tensor<4x64xf32>)\n"
    "    -> tensor<4x64xf32> {\n"
    "  %r:2 = norm.add_layer_norm %x, %x : tensor<4x64xf32>, tensor<4x64xf32>\n"
    "           outs(%y, %y : tensor<4x64xf32>, tensor<4x64xf32>)\n"
    "  return %r#0 : tensor<4x64xf32>\n"
    "}\n",

    "func.func @f(%x: tensor<4x64xf32>, %y: tensor<4x64xf32>)\n"
    "    -> tensor<4x64xf32> {\n"
    "  %r:2 = norm.add_rms_norm %x, %x : tensor<4x64xf32>, tensor<4x64xf32>\n"
    "           outs(%y, %y : tensor<4x64xf32>, tensor<4x64xf32>)\n"
    "  return %r#0 : tensor<4x64xf32>\n"
    "}\n",

    "func.func @f(%x: tensor<4x64xf32>, %y: tensor<4x64xf32>)\n"
    "    -> tensor<4x64xf32> {\n"
    "  %r:2 = norm.sandwich_norm rms_norm %x, %x\n"
    "           : tensor<4x64xf32>, tensor<4x64xf32>\n"
    "           outs(%y, %y : tensor<4x64xf32>, tensor<4x64xf32>)\n"
    "  return %r#0 : tensor<4x64xf32>\n"
    "}\n",

    "func.func @f(%x: tensor<4x64xf32>) -> tensor<4x64xf32> {\n"
    "  %r = norm.sublayer deepnorm layer_norm %x : tensor<4x64xf32>\n"
    "         attributes {alpha = 2.0 : f64} {\n"
    "  ^bb0(%a: tensor<4x64xf32>):\n"
    "    norm.yield %a : tensor<4x64xf32>\n"
    "  }\n"
    "  return %r : tensor<4x64xf32>\n"
    "}\n",
};

enum Edit { Remove, SetString, SetI32, SetF32, NumEdits };
static const char *const editNames[] = {"removed", "string", "i32", "f32"};

static MlirAttribute getReplacement(MlirContext ctx, enum Edit edit) {
  switch (edit) {
  case SetString:
    return mlirStringAttrGet(ctx, mlirStringRefCreateFromCString("1"));
  case SetI32:
    return mlirIntegerAttrGet(mlirIntegerTypeGet(ctx, 32), 1);
  case SetF32:
    return mlirFloatAttrDoubleGet(ctx, mlirF32TypeGet(ctx), 1.0);
  default:
    return mlirAttributeGetNull();
  }
}

/// The first error of the current verification.
static char firstError[512];

static void appendToFirstError(MlirStringRef text, void *userData) {
  (void)userData;
  size_t used = strlen(firstError);
  size_t room = sizeof(firstError) - 1 - used;
  size_t length = text.length < room ? text.length : room;
  memcpy(firstError + used, text.data, length);
  firstError[used + length] = '\0';
}

static MlirLogicalResult recordError(MlirDiagnostic diagnostic,
                                     void *userData) {
  (void)userData;
  if (firstError[0] == '\0')
    mlirDiagnosticPrint(diagnostic, appendToFirstError, NULL);
  return mlirLogicalResultSuccess();
}

/// Parses `source`, whose function's first operation is the norm op.
static MlirModule parse(MlirContext ctx, const char *source,
                        MlirOperation *normOp) {
  firstError[0] = '\0';
  MlirModule module =
      mlirModuleCreateParse(ctx, mlirStringRefCreateFromCString(source));
  if (mlirModuleIsNull(module)) {
    fprintf(stderr, "%s\nin:\n%s", firstError, source);
    exit(1);
  }
  MlirOperation func = mlirBlockGetFirstOperation(mlirModuleGetBody(module));
  MlirBlock entry = mlirRegionGetFirstBlock(mlirOperationGetRegion(func, 0));
  *normOp = mlirBlockGetFirstOperation(entry);
  return module;
}

/// Applies `edit` to the attribute `name` of a fresh copy of `source`'s op
/// and prints what the verifier says.
static void editAndVerify(MlirContext ctx, const char *source,
                          MlirStringRef name, enum Edit edit) {
  MlirOperation op;
  MlirModule module = parse(ctx, source, &op);
  MlirStringRef opName = mlirIdentifierStr(mlirOperationGetName(op));
  printf("%.*s %.*s %s:", (int)opName.length, opName.data, (int)name.length,
         name.data, editNames[edit]);
  fflush(stdout);
  if (edit == Remove)
    mlirOperationRemoveAttributeByName(op, name);
  else
    mlirOperationSetAttributeByName(op, name, getReplacement(ctx, edit));
  firstError[0] = '\0';
  if (mlirOperationVerify(mlirModuleGetOperation(module)))
    printf(" verifies\n");
  else
    printf(" fails: %s\n", firstError);
  mlirModuleDestroy(module);
}

int main(void) {
  MlirContext ctx = mlirContextCreate();
  mlirDialectHandleLoadDialect(mlirGetDialectHandle__norm__(), ctx);
  mlirDialectHandleLoadDialect(mlirGetDialectHandle__func__(), ctx);
  mlirContextAttachDiagnosticHandler(ctx, recordError, NULL, NULL);

  for (size_t i = 0; i < sizeof(sources) / sizeof(sources[0]); ++i) {
    MlirOperation op;
    MlirModule module = parse(ctx, sources[i], &op);
    if (!mlirOperationVerify(mlirModuleGetOperation(module))) {
      fprintf(stderr, "%s\nin:\n%s", firstError, sources[i]);
      return 1;
    }
    // Every attribute the op has, inherent ones included, sorted by name.
    intptr_t numAttributes = mlirOperationGetNumAttributes(op);
    for (intptr_t a = 0; a < numAttributes; ++a) {
      MlirStringRef name =
          mlirIdentifierStr(mlirOperationGetAttribute(op, a).name);
      if (mlirStringRefEqual(
              name, mlirStringRefCreateFromCString("operandSegmentSizes")))
        continue;
      for (int edit = 0; edit < NumEdits; ++edit)
        editAndVerify(ctx, sources[i], name, (enum Edit)edit);
    }
    mlirModuleDestroy(module);
  }

  mlirContextDestroy(ctx);
  return 0;
}
