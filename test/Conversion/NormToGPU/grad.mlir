// RUN: norm-opt %s --convert-norm-to-gpu --split-input-file | FileCheck %s
// RUN: norm-opt %s --convert-norm-to-gpu="grad-partial-units=64" --split-input-file | FileCheck %s --check-prefix=FEW

// The backward ops: a dx kernel over row units (blocks, or warps for short
// rows) that each add their rows' dscale/dbias terms into their own f32 row
// of partial sums, then a reduction kernel that adds those rows in order.

// CHECK-LABEL: func.func @layer_norm_grad_4096
// CHECK:         cf.assert %{{.*}}, "norm.layer_norm_grad: grad does not match the input at run time (dimension 0)"
// CHECK:         cf.assert %{{.*}}, "norm.layer_norm_grad: dx does not match the input at run time (dimension 0)"
// CHECK:         %[[N:.*]] = memref.dim %arg1, %c1
// The partials are sized for the vector kernel's units (blocks here).
// CHECK:         %[[UNITS:.*]] = arith.minui %[[ROWS:.*]], %c512 : index
// FEW:           %[[UNITS:.*]] = arith.minui %{{.*}}, %c64 : index
// CHECK:         %[[PG:.*]] = memref.alloc(%[[UNITS]]) {alignment = 64 : i64} : memref<?x4096xf32>
// CHECK:         %[[PB:.*]] = memref.alloc(%[[UNITS]]) {alignment = 64 : i64} : memref<?x4096xf32>
// CHECK:         scf.if
// CHECK:           memref.extract_aligned_pointer_as_index
// CHECK:           scf.if
// One block per unit, 512 threads with 2 chunks each; 5 shared slots: the
// recomputed statistics (3 sums), then sum(g) and sum(g * xhat).
// CHECK:             gpu.launch blocks({{.*}}) in ({{.*}} = %[[UNITS]], {{.*}}) threads({{.*}}) in (%{{.*}} = %c512{{.*}}) function(@norm_layer_norm_grad_f32_v4_block) workgroup(%{{.*}} : memref<160xf32, #gpu.address_space<workgroup>>)
// FEW:               gpu.launch blocks({{.*}}) in ({{.*}} = %[[UNITS]], {{.*}}) function(@norm_layer_norm_grad_f32_v4_block)
// The unit's rows, with this thread's four partial sums (2 chunks x dscale,
// dbias) carried across them.
// CHECK:               %[[SUMS:.*]]:4 = scf.for %[[ROW:.*]] = %[[UNIT:[^ ]*]] to %[[ROWS]] step %[[UNITS]] iter_args({{.*}}) -> (vector<4xf32>, vector<4xf32>, vector<4xf32>, vector<4xf32>)
// x, its statistics, then dy (fewer values live across the statistics'
// sums), then the scale.
// CHECK-COUNT-2:         vector.load %arg1[%[[ROW]], %{{.*}}] {alignment = 16 : i64} : memref<?x4096xf32>, vector<4xf32>
// CHECK-COUNT-5:         gpu.shuffle  xor
// CHECK:                 gpu.barrier
// CHECK:                 llvm.call_intrinsic "llvm.nvvm.sqrt.rn.f"
// CHECK-COUNT-2:         vector.load %arg0[%[[ROW]], %{{.*}}] {alignment = 16 : i64} : memref<?x4096xf32>, vector<4xf32>
// CHECK:                 vector.load %arg2[%{{.*}}] {alignment = 16 : i64} : memref<4096xf32>, vector<4xf32>
// The dx formula: ((g - mean(g)) - xhat * mean(g * xhat)) * rstd.
// CHECK:                 %[[MG:.*]] = vector.broadcast %{{.*}} : f32 to vector<4xf32>
// CHECK-COUNT-5:         gpu.shuffle  xor
// CHECK:                 gpu.barrier
// CHECK:                 %[[MGX:.*]] = vector.broadcast %{{.*}} : f32 to vector<4xf32>
// CHECK:                 %[[T0:.*]] = arith.subf %{{.*}}, %[[MG]] : vector<4xf32>
// CHECK:                 %[[T1:.*]] = arith.mulf %{{.*}}, %[[MGX]] : vector<4xf32>
// CHECK:                 %[[T2:.*]] = arith.subf %[[T0]], %[[T1]] : vector<4xf32>
// CHECK:                 %[[DX:.*]] = arith.mulf %[[T2]], %{{.*}} : vector<4xf32>
// CHECK:                 vector.store %[[DX]], %arg3[%[[ROW]], %{{.*}}] {alignment = 16 : i64}
// CHECK:                 vector.store %{{.*}}, %arg3[%[[ROW]], %{{.*}}] {alignment = 16 : i64}
// CHECK:                 scf.yield
// CHECK:               }
// No barrier between rows: five slots keep the rows' sums apart.
// CHECK-NOT:           gpu.barrier
// CHECK:               vector.store %[[SUMS]]#0, %[[PG]][%[[UNIT]], %{{.*}}] {alignment = 16 : i64} : memref<?x4096xf32>, vector<4xf32>
// CHECK:               vector.store %[[SUMS]]#1, %[[PG]][%[[UNIT]], %{{.*}}]
// CHECK:               vector.store %[[SUMS]]#2, %[[PB]][%[[UNIT]], %{{.*}}]
// CHECK:               vector.store %[[SUMS]]#3, %[[PB]][%[[UNIT]], %{{.*}}]
// CHECK:               gpu.terminator
// CHECK:           } else {
// CHECK:             gpu.launch {{.*}} function(@norm_layer_norm_grad_f32_scalar_block)
// CHECK-NOT:           vector.load
// CHECK:               memref.load %{{.*}} : memref<?x4096xf32>
// The reduction, also for no rows (zeros): a thread per column adds the
// units' rows in order, no atomics.
// CHECK:         %[[NONEMPTY:.*]] = arith.cmpi ne, %[[N]], %c0
// CHECK:         scf.if %[[NONEMPTY]] {
// CHECK:           %[[GRID:.*]] = arith.ceildivui %[[N]], %c256
// CHECK:           gpu.launch blocks({{.*}}) in ({{.*}} = %[[GRID]], {{.*}}) threads({{.*}}) in (%{{.*}} = %c256, {{.*}}) function(@norm_layer_norm_grad_partials_f32) {
// CHECK-NOT:         workgroup
// CHECK:             %[[COL:.*]] = arith.addi
// CHECK:             arith.cmpi ult, %[[COL]], %[[N]]
// CHECK:             %[[TOTAL:.*]]:2 = scf.for %[[U:.*]] = %{{.*}} to %[[UNITS]] step %{{.*}} iter_args
// CHECK:               memref.load %[[PG]][%[[U]], %[[COL]]] : memref<?x4096xf32>
// CHECK:               memref.load %[[PB]][%[[U]], %[[COL]]] : memref<?x4096xf32>
// CHECK:             memref.store %[[TOTAL]]#0, %arg4[%[[COL]]] : memref<4096xf32>
// CHECK:             memref.store %[[TOTAL]]#1, %arg5[%[[COL]]] : memref<4096xf32>
// CHECK:         memref.dealloc %[[PG]]
// CHECK:         memref.dealloc %[[PB]]
// CHECK-NOT:     gpu.launch
// CHECK:         return
func.func @layer_norm_grad_4096(%dy: memref<?x4096xf32>, %x: memref<?x4096xf32>, %g: memref<4096xf32>,
    %dx: memref<?x4096xf32>, %dg: memref<4096xf32>, %db: memref<4096xf32>) {
  norm.layer_norm_grad %dy, %x : memref<?x4096xf32>, memref<?x4096xf32> scale(%g : memref<4096xf32>) outs(%dx, %dg, %db : memref<?x4096xf32>, memref<4096xf32>, memref<4096xf32>)
  return
}

// -----

// Short rows: a warp per unit, 4 per block, and 4 x 512 units; the saved
// rstd is read once per row, no shared memory or barrier. Gemma's offset
// is added to the scale for g, not to dscale.

// CHECK-LABEL: func.func @rms_norm_grad_saved_256
// CHECK:         %[[UNITS:.*]] = arith.minui %[[ROWS:.*]], %c2048 : index
// FEW:           arith.minui %{{.*}}, %c256 : index
// CHECK:         %[[P:.*]] = memref.alloc(%[[UNITS]]) {alignment = 64 : i64} : memref<?x256xf32>
// CHECK-NOT:     memref.alloc
// CHECK:         %[[GRID:.*]] = arith.ceildivui %[[UNITS]], %c4
// CHECK:         gpu.launch blocks({{.*}}) in ({{.*}} = %[[GRID]], {{.*}}) threads({{.*}}) in (%{{.*}} = %c32, %{{.*}} = %c4{{(_[0-9]+)?}}, {{.*}}) function(@norm_rms_norm_grad_f32_v4_warp) {
// CHECK-NOT:       gpu.barrier
// CHECK:           %[[UNIT:.*]] = arith.addi
// CHECK:           %[[LIVE:.*]] = arith.cmpi ult, %[[UNIT]], %[[UNITS]]
// CHECK:           scf.if %[[LIVE]] {
// CHECK:             scf.for %[[ROW:.*]] = %[[UNIT]] to %[[ROWS]] step %[[UNITS]]
// CHECK:               %[[RSTD:.*]] = memref.load %arg3[%[[ROW]], %c0{{.*}}] : memref<?x1xf32>
// CHECK:               %[[GAMMA:.*]] = vector.load %arg2
// CHECK:               arith.addf %[[GAMMA]], %[[ONE:.*]] : vector<4xf32>
// CHECK-NOT:           gpu.barrier
// CHECK:               gpu.shuffle  xor
// CHECK-NOT:           gpu.barrier
// CHECK:               vector.store {{.*}} %arg4[%[[ROW]],
// CHECK:             vector.store {{.*}} %[[P]][%[[UNIT]],
// CHECK:         function(@norm_rms_norm_grad_f32_scalar_warp)
// CHECK:         function(@norm_rms_norm_grad_partials_f32)
// CHECK-NOT:       arith.truncf
// CHECK:           memref.store %{{.*}}, %arg5[%{{.*}}] : memref<256xf32>
// CHECK:         memref.dealloc %[[P]]
func.func @rms_norm_grad_saved_256(%dy: memref<?x256xf32>, %x: memref<?x256xf32>, %g: memref<256xf32>, %rstd: memref<?x1xf32>,
    %dx: memref<?x256xf32>, %dg: memref<256xf32>) {
  norm.rms_norm_grad %dy, %x : memref<?x256xf32>, memref<?x256xf32> scale(%g : memref<256xf32>) rstd(%rstd : memref<?x1xf32>) outs(%dx, %dg : memref<?x256xf32>, memref<256xf32>) {offset = 1.0 : f64}
  return
}

// -----

// bf16 data with f32 parameter gradients: 8-lane vectors widened to f32,
// dx rounded once; the saved mean and rstd of a batch collapsed to rows.

// CHECK-LABEL: func.func @layer_norm_grad_bf16_saved
// CHECK:         memref.collapse_shape %arg3 {{\[\[}}0, 1], [2]] : memref<2x?x1xf32> into memref<?x1xf32>
// CHECK:         function(@norm_layer_norm_grad_bf16_v8_block) workgroup(%{{.*}} : memref<64xf32, #gpu.address_space<workgroup>>)
// CHECK:           vector.load %{{.*}} {alignment = 16 : i64} : memref<?x2048xbf16>, vector<8xbf16>
// CHECK:           arith.extf %{{.*}} : vector<8xbf16> to vector<8xf32>
// CHECK:           memref.load %{{.*}} : memref<?x1xf32>
// CHECK:           memref.load %{{.*}} : memref<?x1xf32>
// CHECK:           arith.truncf %{{.*}} : vector<8xf32> to vector<8xbf16>
// CHECK:           vector.store %{{.*}} {alignment = 16 : i64} : memref<?x2048xbf16>, vector<8xbf16>
// f32 partials of 8 lanes: 32-byte stores.
// CHECK:           vector.store %{{.*}} {alignment = 32 : i64} : memref<?x2048xf32>, vector<8xf32>
// CHECK:         function(@norm_layer_norm_grad_bf16_scalar_block)
// CHECK:         function(@norm_layer_norm_grad_partials_f32)
// CHECK-NOT:       arith.truncf
// CHECK:           memref.store %{{.*}} : memref<2048xf32>
func.func @layer_norm_grad_bf16_saved(%dy: memref<2x?x2048xbf16>, %x: memref<2x?x2048xbf16>, %g: memref<2048xbf16>,
    %m: memref<2x?x1xf32>, %r: memref<2x?x1xf32>,
    %dx: memref<2x?x2048xbf16>, %dg: memref<2048xf32>, %db: memref<2048xf32>) {
  norm.layer_norm_grad %dy, %x : memref<2x?x2048xbf16>, memref<2x?x2048xbf16> scale(%g : memref<2048xbf16>) mean(%m : memref<2x?x1xf32>) rstd(%r : memref<2x?x1xf32>) outs(%dx, %dg, %db : memref<2x?x2048xbf16>, memref<2048xf32>, memref<2048xf32>)
  return
}

// -----

// The fused op: the residual stream's gradient added to dx, dr = alpha * dx
// rounded from the same f32 value; dscale rounded once to f16.

// CHECK-LABEL: func.func @add_rms_norm_grad_f16
// CHECK:         function(@norm_add_rms_norm_grad_f16_v8_block)
// CHECK:           scf.for
// CHECK:             %[[RGL:.*]] = vector.load %arg2[
// CHECK-NEXT:        %[[RG:.*]] = arith.extf %[[RGL]] : vector<8xf16> to vector<8xf32>
// CHECK-NEXT:        %[[DH:.*]] = arith.addf %{{.*}}, %[[RG]] : vector<8xf32>
// CHECK-NEXT:        %[[DXH:.*]] = arith.truncf %[[DH]] : vector<8xf32> to vector<8xf16>
// CHECK:             vector.store %[[DXH]], %arg4
// CHECK:             %[[DR:.*]] = arith.mulf %[[DH]], %{{.*}} : vector<8xf32>
// CHECK:             %[[DRH:.*]] = arith.truncf %[[DR]] : vector<8xf32> to vector<8xf16>
// CHECK:             vector.store %[[DRH]], %arg5
// CHECK:         function(@norm_add_rms_norm_grad_partials_f16)
// CHECK:           %[[SUM:.*]] = scf.for
// CHECK:           %[[H:.*]] = arith.truncf %[[SUM]] : f32 to f16
// CHECK:           memref.store %[[H]], %arg6
func.func @add_rms_norm_grad_f16(%dy: memref<?x1024xf16>, %h: memref<?x1024xf16>, %rg: memref<?x1024xf16>, %g: memref<1024xf16>,
    %dx: memref<?x1024xf16>, %dr: memref<?x1024xf16>, %dg: memref<1024xf16>) {
  norm.add_rms_norm_grad %dy, %h : memref<?x1024xf16>, memref<?x1024xf16> residual_grad(%rg : memref<?x1024xf16>) scale(%g : memref<1024xf16>) outs(%dx, %dr, %dg : memref<?x1024xf16>, memref<?x1024xf16>, memref<1024xf16>) {alpha = 2.0 : f64}
  return
}

// -----

// Without parameter gradients: no partials, no second kernel.

// CHECK-LABEL: func.func @layer_norm_grad_dx_only
// CHECK-NOT:     memref.alloc
// CHECK:         function(@norm_layer_norm_grad_f32_v4_block)
// CHECK:         function(@norm_layer_norm_grad_f32_scalar_block)
// CHECK-NOT:     gpu.launch
// CHECK-NOT:     memref.dealloc
// CHECK:         return
func.func @layer_norm_grad_dx_only(%dy: memref<?x1024xf32>, %x: memref<?x1024xf32>, %dx: memref<?x1024xf32>) {
  norm.layer_norm_grad %dy, %x : memref<?x1024xf32>, memref<?x1024xf32> outs(%dx : memref<?x1024xf32>)
  return
}

// -----

// Rows of run-time length are streamed: the statistics' passes, one pass for
// the sums of g and g * xhat, one for dx that also adds this thread's terms
// into its own elements of the unit's partials (zeroed first).

// CHECK-LABEL: func.func @layer_norm_grad_dynamic
// CHECK:         %[[UNITS:.*]] = arith.minui %{{.*}}, %c512
// CHECK:         %[[PG:.*]] = memref.alloc(%[[UNITS]], %[[N:.*]]) {alignment = 64 : i64} : memref<?x?xf32>
// CHECK:         %[[PB:.*]] = memref.alloc(%[[UNITS]], %[[N]]) {alignment = 64 : i64} : memref<?x?xf32>
// CHECK:         arith.remui %[[N]], %c8
// CHECK:         gpu.launch {{.*}} function(@norm_layer_norm_grad_bf16_v8_stream)
// CHECK:           scf.for %[[C:.*]] = %{{.*}} to %{{.*}} step
// CHECK:             vector.store %{{.*}}, %[[PG]][%[[UNIT:.*]], %{{.*}}] {alignment = 32 : i64}
// CHECK:             vector.store %{{.*}}, %[[PB]][%[[UNIT]], %{{.*}}] {alignment = 32 : i64}
// CHECK:           scf.for %[[ROW:.*]] = %[[UNIT]] to %{{.*}} step %[[UNITS]] {
// CHECK:             scf.for {{.*}} -> (vector<8xf32>) {
// CHECK:             scf.for {{.*}} -> (vector<8xf32>, vector<8xf32>) {
// CHECK:             scf.for {{.*}} -> (vector<8xf32>, vector<8xf32>) {
// CHECK:             scf.for %{{.*}} = %{{.*}} to %{{.*}} step %{{[^ ]*}} {
// CHECK:               vector.store %{{.*}}, %arg3[%[[ROW]], %{{.*}}] {alignment = 16 : i64} : memref<?x?xbf16>, vector<8xbf16>
// CHECK:               %[[OLD:.*]] = vector.load %[[PG]][%[[UNIT]], %{{.*}}] {alignment = 32 : i64}
// CHECK:               %[[NEW:.*]] = arith.addf %[[OLD]], %{{.*}} : vector<8xf32>
// CHECK:               vector.store %[[NEW]], %[[PG]][%[[UNIT]], %{{.*}}]
// CHECK:               vector.load %[[PB]][%[[UNIT]]
// CHECK:               vector.store %{{.*}}, %[[PB]][%[[UNIT]]
// CHECK:         function(@norm_layer_norm_grad_bf16_scalar_stream)
// CHECK:         function(@norm_layer_norm_grad_partials_bf16)
func.func @layer_norm_grad_dynamic(%dy: memref<?x?xbf16>, %x: memref<?x?xbf16>, %g: memref<?xbf16>,
    %dx: memref<?x?xbf16>, %dg: memref<?xbf16>, %db: memref<?xbf16>) {
  norm.layer_norm_grad %dy, %x : memref<?x?xbf16>, memref<?x?xbf16> scale(%g : memref<?xbf16>) outs(%dx, %dg, %db : memref<?x?xbf16>, memref<?xbf16>, memref<?xbf16>)
  return
}

// -----

// A block-per-row kernel with one sum per row (saved rstd) puts a barrier at
// the end of each row: the next row's sum reuses the shared slot.

// CHECK-LABEL: func.func @rms_norm_grad_one_slot
// CHECK:         function(@norm_rms_norm_grad_f32_v4_block) workgroup(%{{.*}} : memref<32xf32, #gpu.address_space<workgroup>>)
// CHECK:           scf.for
// CHECK:             gpu.barrier
// CHECK:             vector.store
// CHECK:             gpu.barrier
// CHECK-NEXT:      }
func.func @rms_norm_grad_one_slot(%dy: memref<?x4096xf32>, %x: memref<?x4096xf32>, %rstd: memref<?x1xf32>, %dx: memref<?x4096xf32>) {
  norm.rms_norm_grad %dy, %x : memref<?x4096xf32>, memref<?x4096xf32> rstd(%rstd : memref<?x1xf32>) outs(%dx : memref<?x4096xf32>)
  return
}

// -----

// A norm over every dim: one row, and its parameters' gradients of the same
// shape, viewed as one vector.

// CHECK-LABEL: func.func @whole_tensor
// CHECK:         memref.collapse_shape %arg0 {{\[\[}}0, 1]] : memref<4x8xf32> into memref<32xf32>
// CHECK:         memref.expand_shape
// CHECK:         function(@norm_layer_norm_grad_f32_v4_warp)
// CHECK:         function(@norm_layer_norm_grad_partials_f32)
// CHECK:           memref.store %{{.*}} : memref<32xf32>
func.func @whole_tensor(%dy: memref<4x8xf32>, %x: memref<4x8xf32>, %g: memref<4x8xf32>, %dx: memref<4x8xf32>, %dg: memref<4x8xf32>, %db: memref<4x8xf32>) {
  norm.layer_norm_grad %dy, %x : memref<4x8xf32>, memref<4x8xf32> scale(%g : memref<4x8xf32>) outs(%dx, %dg, %db : memref<4x8xf32>, memref<4x8xf32>, memref<4x8xf32>) {axis = 0 : i64}
  return
}
