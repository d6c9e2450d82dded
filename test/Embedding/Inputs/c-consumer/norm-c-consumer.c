/*===- norm-c-consumer.c - A C program on Norm::CAPI alone --------------===*\
|*                                                                            *|
|* Usage: norm-c-consumer FILE.mlir PIPELINE                                  *|
|*                                                                            *|
|* Registers norm in a dialect registry, parses FILE, runs the textual pass   *|
|* PIPELINE on it (norm's passes and named pipelines included) and prints the *|
|* result. Diagnostics go to stderr.                                          *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#include "mlir-c/Diagnostics.h"
#include "mlir-c/IR.h"
#include "mlir-c/Pass.h"
#include "mlir-c/RegisterEverything.h"
#include "norm-c/Dialects.h"

#include <stdio.h>

static void printToStream(MlirStringRef text, void *stream) {
  fwrite(text.data, 1, text.length, (FILE *)stream);
}

static MlirLogicalResult printDiagnostic(MlirDiagnostic diagnostic,
                                         void *userData) {
  (void)userData;
  mlirDiagnosticPrint(diagnostic, printToStream, stderr);
  fprintf(stderr, "\n");
  return mlirLogicalResultSuccess();
}

/// Parses `fileName`, runs `pipeline` on it and prints the result.
static int compile(MlirContext ctx, const char *fileName,
                   const char *pipeline) {
  MlirModule module = mlirModuleCreateParseFromFile(
      ctx, mlirStringRefCreateFromCString(fileName));
  if (mlirModuleIsNull(module))
    return 1;
  MlirOperation op = mlirModuleGetOperation(module);
  MlirPassManager pm = mlirPassManagerCreate(ctx);
  int status = 1;
  if (mlirLogicalResultIsSuccess(mlirParsePassPipeline(
          mlirPassManagerGetAsOpPassManager(pm),
          mlirStringRefCreateFromCString(pipeline), printToStream, stderr)) &&
      mlirLogicalResultIsSuccess(mlirPassManagerRunOnOp(pm, op))) {
    mlirOperationPrint(op, printToStream, stdout);
    printf("\n");
    status = 0;
  }
  mlirPassManagerDestroy(pm);
  mlirModuleDestroy(module);
  return status;
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: norm-c-consumer FILE.mlir PIPELINE\n");
    return 2;
  }

  // The upstream dialects, and norm with the extensions it needs.
  MlirDialectRegistry registry = mlirDialectRegistryCreate();
  mlirRegisterAllDialects(registry);
  mlirNormRegisterAllDialects(registry);
  MlirContext ctx = mlirContextCreate();
  mlirContextAppendDialectRegistry(ctx, registry);
  mlirDialectRegistryDestroy(registry);
  mlirContextAttachDiagnosticHandler(ctx, printDiagnostic, NULL, NULL);
  mlirRegisterNormPasses();

  int status = compile(ctx, argv[1], argv[2]);
  mlirContextDestroy(ctx);
  return status;
}
