// RUN: norm-opt %s --split-input-file --norm-convert-mpi-to-llvm | FileCheck %s
// RUN: norm-opt %s --split-input-file --norm-convert-mpi-to-llvm=implementation=MPICH | FileCheck %s --check-prefix=MPICH
// RUN: not norm-opt %s --split-input-file --norm-convert-mpi-to-llvm=implementation=LAM 2>&1 | FileCheck %s --check-prefix=UNKNOWN

// OpenMPI (the default): communicators are pointers (comm_split's result is
// stored as one), reductions are the ompi_mpi_op_* objects, the count is
// every element of the buffer, and one buffer as both sides is
// MPI_IN_PLACE, (void *)1.
// CHECK: module attributes {dlti.map = #dlti.map<"MPI:Implementation" = "OpenMPI">}
// CHECK-DAG: llvm.func @MPI_Allreduce(!llvm.ptr, !llvm.ptr, i32, !llvm.ptr, !llvm.ptr, !llvm.ptr) -> i32
// CHECK-DAG: llvm.func @MPI_Comm_split(!llvm.ptr, i32, i32, !llvm.ptr) -> i32
// CHECK-DAG: llvm.mlir.global external @ompi_mpi_op_sum() {{.*}} : !llvm.struct<"ompi_predefined_op_t", opaque>
// CHECK-DAG: llvm.mlir.global external @ompi_mpi_float()
// CHECK-LABEL: func.func @allreduce
// CHECK: %[[CACHE:.*]] = llvm.mlir.addressof @__norm_mpi_comm_cache_0
// CHECK: llvm.call @__norm_mpi_cached_comm_split(%{{.*}}, %{{.*}}, %{{.*}}, %[[CACHE]]) : (!llvm.ptr, i32, i32, !llvm.ptr) -> !llvm.ptr
// CHECK: %[[SUM:.*]] = llvm.mlir.addressof @ompi_mpi_op_sum
// CHECK: %[[ONE:.*]] = llvm.mlir.constant(1 : i64) : i64
// CHECK: %[[INPLACE:.*]] = llvm.inttoptr %[[ONE]] : i64 to !llvm.ptr
// CHECK: %[[D0:.*]] = llvm.mul
// CHECK: %[[D1:.*]] = llvm.mul %[[D0]]
// CHECK: %[[COUNT:.*]] = llvm.trunc %[[D1]] : i64 to i32
// CHECK: llvm.call @MPI_Allreduce(%[[INPLACE]], %{{.*}}, %[[COUNT]], %{{.*}}, %[[SUM]], %{{.*}})

// The split communicator is created once per process and call site: the
// cache holds it with the parent, color and key it was made from.
// CHECK-LABEL: llvm.func internal @__norm_mpi_cached_comm_split
// CHECK: llvm.cond_br %{{.*}}, ^[[DONE:.*]](%{{.*}} : !llvm.ptr), ^[[MISS:.*]]
// CHECK: ^[[MISS]]:
// CHECK: llvm.call @MPI_Comm_split(%arg0, %arg1, %arg2, %{{.*}}) : (!llvm.ptr, i32, i32, !llvm.ptr) -> i32
// CHECK-COUNT-4: llvm.store
// CHECK: llvm.br ^[[DONE]]

// Under MPICH the handles are integers.
// MPICH-LABEL: llvm.func @MPI_Allreduce(!llvm.ptr, !llvm.ptr, i32, i32, i32, i32) -> i32
// MPICH: llvm.mlir.constant(1476395011 : i32) : i32
// MPICH: llvm.mlir.constant(-1 : i64) : i64
// MPICH: llvm.call @MPI_Allreduce

// UNKNOWN: error: unknown MPI implementation 'LAM' (OpenMPI or MPICH)
func.func @allreduce(%buf: memref<3x2xf32>, %color: i32, %key: i32) {
  %world = mpi.comm_world : !mpi.comm
  %comm = mpi.comm_split(%world, %color, %key) : !mpi.comm
  mpi.allreduce(%buf, %buf, MPI_SUM, %comm) : memref<3x2xf32>, memref<3x2xf32>
  return
}
