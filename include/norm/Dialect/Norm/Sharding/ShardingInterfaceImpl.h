//===- ShardingInterfaceImpl.h - Sharding of norm ops -----------*- C++ -*-===//
//
// ShardingInterface external models of the row-wise norm ops, so that
// upstream `--sharding-propagation` and `--shard-partition` split them
// across the processes of a `shard.grid`.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_DIALECT_NORM_SHARDING_SHARDINGINTERFACEIMPL_H
#define NORM_DIALECT_NORM_SHARDING_SHARDINGINTERFACEIMPL_H

namespace mlir {
class DialectRegistry;
namespace norm {

/// Attaches ShardingInterface to layer_norm, rms_norm, add_layer_norm,
/// add_rms_norm, deep_norm and sandwich_norm on tensors. The loops are the
/// input's dims: the row dims (before `axis`) are parallel, the normalized
/// dims reductions. Rows split across processes stay local computations.
/// Normalized dims split across processes (tensor parallelism over the
/// hidden dim) partition into the op's linalg decomposition on each
/// process's slice, whose per-row partial sums are all-reduced
/// (`shard.all_reduce`) over the processes sharing a row before any
/// statistic is formed: sum(x), then sum(x - mean) and sum((x - mean)^2)
/// about that mean for LayerNorm, never E[x^2] - E[x]^2; sum(x^2) for
/// RMSNorm. scale and bias are split with the normalized dims; h keeps the
/// input's sharding; statistics results are split like the rows.
void registerShardingInterfaceExternalModels(DialectRegistry &registry);

} // namespace norm
} // namespace mlir

#endif // NORM_DIALECT_NORM_SHARDING_SHARDINGINTERFACEIMPL_H
