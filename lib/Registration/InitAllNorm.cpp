//===- InitAllNorm.cpp - Register everything norm provides ----------------===//
//
// Implements the registration entry points declared in InitAllNorm.h.
//
//===----------------------------------------------------------------------===//

#include "norm/InitAllNorm.h"

#include "mlir/IR/DialectRegistry.h"
#include "norm/Conversion/MPIToLLVM/MPIMemoryEffects.h"
#include "norm/Conversion/Passes.h"
#include "norm/Dialect/Norm/IR/NormDialect.h"
#include "norm/Dialect/Norm/Sharding/ShardingInterfaceImpl.h"
#include "norm/Dialect/Norm/StructuredInterfaces/AggregatedOpInterfaceImpl.h"
#include "norm/Dialect/Norm/StructuredInterfaces/TilingInterfaceImpl.h"
#include "norm/Dialect/Norm/Transforms/BufferizableOpInterfaceImpl.h"
#include "norm/Dialect/Norm/Transforms/Passes.h"
#include "norm/Pipelines/Pipelines.h"
#include "norm/Transforms/Passes.h"

void mlir::norm::registerAllDialects(DialectRegistry &registry) {
  registry.insert<NormDialect>();
  registerBufferizableOpInterfaceExternalModels(registry);
  registerTilingInterfaceExternalModels(registry);
  registerAggregatedOpInterfaceExternalModels(registry);
  registerShardingInterfaceExternalModels(registry);
  registerMPIMemoryEffectsExternalModels(registry);
}

void mlir::norm::registerAllPasses() {
  registerNormPasses();
  registerNormGeneralTransformsPasses();
  registerNormConversionPasses();
  registerNormPipelines();
}
