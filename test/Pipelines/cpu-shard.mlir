// RUN: norm-opt %s --pass-pipeline='builtin.module(func.func(sharding-propagation,shard-partition),norm-cpu-pipeline)' | FileCheck %s

// A module sharded over its hidden dim goes through the CPU pipeline to
// calls into OpenMPI: the grid and every shard op are gone, the row sums
// are all-reduced in place.
// CHECK-NOT: shard.
// CHECK-DAG: llvm.mlir.global external @ompi_mpi_comm_world()
// CHECK-DAG: llvm.mlir.global external @ompi_mpi_op_sum()
// CHECK-LABEL: llvm.func @rms
// CHECK: llvm.call @__norm_mpi_cached_comm_split
// CHECK: llvm.call @MPI_Allreduce
shard.grid @grid(shape = 2)
func.func @rms(%x: tensor<4x8xf32>, %g: tensor<8xf32>) -> tensor<4x8xf32> {
  %s = shard.sharding @grid split_axes = [[], [0]] : !shard.sharding
  %xs = shard.shard %x to %s annotate_for_users : tensor<4x8xf32>
  %e = tensor.empty() : tensor<4x8xf32>
  %y = norm.rms_norm %xs : tensor<4x8xf32> scale(%g : tensor<8xf32>) outs(%e : tensor<4x8xf32>)
  %ys = shard.shard %y to %s : tensor<4x8xf32>
  return %ys : tensor<4x8xf32>
}
