/*===- norm-c-client.c - Use the installed norm from C ------------------===*\
|*                                                                            *|
|* Registers the norm dialect and passes through the C API, parses a module,  *|
|* verifies it, runs --norm-fuse-residual and prints the result. Built in     *|
|* tree as norm-capi-test; lit checks its output.                             *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#include "mlir-c/Dialect/Arith.h"
#include "mlir-c/Dialect/Func.h"
#include "mlir-c/Dialect/Tensor.h"
#include "mlir-c/IR.h"
#include "mlir-c/Pass.h"
#include "norm-c/Dialects.h"

#include <stdio.h>

static void printToStdout(MlirStringRef text, void *userData) {
  (void)userData;
  fwrite(text.data, 1, text.length, stdout);
}

static const char *source =
    "func.func @block(%x: tensor<4x64xf32>, %f: tensor<4x64xf32>,\n"
    "                 %g: tensor<64xf32>) -> tensor<4x64xf32> {\n"
    "  %s = arith.addf %x, %f : tensor<4x64xf32>\n"
    "  %e = tensor.empty() : tensor<4x64xf32>\n"
    "  %y = norm.rms_norm %s : tensor<4x64xf32> scale(%g : tensor<64xf32>)\n"
    "         outs(%e : tensor<4x64xf32>)\n"
    "  return %y : tensor<4x64xf32>\n"
    "}\n";

int main(void) {
  MlirContext ctx = mlirContextCreate();
  MlirDialectHandle handles[] = {
      mlirGetDialectHandle__norm__(), mlirGetDialectHandle__func__(),
      mlirGetDialectHandle__arith__(), mlirGetDialectHandle__tensor__()};
  for (unsigned i = 0; i < sizeof(handles) / sizeof(handles[0]); ++i)
    mlirDialectHandleLoadDialect(handles[i], ctx);
  mlirRegisterNormPasses();

  MlirModule module =
      mlirModuleCreateParse(ctx, mlirStringRefCreateFromCString(source));
  if (mlirModuleIsNull(module)) {
    fprintf(stderr, "parse failed\n");
    return 1;
  }
  MlirOperation op = mlirModuleGetOperation(module);
  printf("verified: %d\n", mlirOperationVerify(op));

  MlirPassManager pm = mlirPassManagerCreate(ctx);
  MlirLogicalResult parsed = mlirParsePassPipeline(
      mlirPassManagerGetAsOpPassManager(pm),
      mlirStringRefCreateFromCString("builtin.module(norm-fuse-residual)"),
      printToStdout, NULL);
  if (mlirLogicalResultIsFailure(parsed)) {
    fprintf(stderr, "pipeline parse failed\n");
    return 1;
  }
  if (mlirLogicalResultIsFailure(mlirPassManagerRunOnOp(pm, op))) {
    fprintf(stderr, "pass failed\n");
    return 1;
  }
  mlirOperationPrint(op, printToStdout, NULL);
  printf("\n");

  mlirPassManagerDestroy(pm);
  mlirModuleDestroy(module);
  mlirContextDestroy(ctx);
  return 0;
}
