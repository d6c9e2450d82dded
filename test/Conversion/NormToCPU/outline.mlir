// RUN: norm-opt %s --convert-norm-to-cpu="vector-width=16" | FileCheck %s

// By default each distinct kernel (op, operand types, attributes) is one
// private function, called wherever it serves: the two identical RMSNorms
// share @norm_cpu_rms_norm, another epsilon gets its own kernel, and a
// LayerNorm returning statistics its own (its statistics are operands).
// CHECK-LABEL: func.func @first
// CHECK-SAME: (%[[X:.*]]: memref<8x4096xf32>, %[[G:.*]]: memref<4096xf32>, %[[Y:.*]]: memref<8x4096xf32>, %{{.*}}: memref<8x1xf32>)
// CHECK-NEXT: call @norm_cpu_rms_norm(%[[X]], %[[G]], %[[Y]]) : (memref<8x4096xf32>, memref<4096xf32>, memref<8x4096xf32>) -> ()
// CHECK-NEXT: call @norm_cpu_rms_norm(%[[Y]], %[[G]], %[[X]])
// CHECK-NEXT: call @norm_cpu_rms_norm_0(%[[X]], %[[G]], %[[Y]])
// CHECK-NEXT: call @norm_cpu_layer_norm(%[[X]], %[[Y]], %[[S:.*]], %[[S]]) : (memref<8x4096xf32>, memref<8x4096xf32>, memref<8x1xf32>, memref<8x1xf32>) -> ()
// CHECK-LABEL: func.func @second
// CHECK-NEXT: call @norm_cpu_rms_norm(
// CHECK: func.func private @norm_cpu_rms_norm(%{{.*}}: memref<8x4096xf32>, %{{.*}}: memref<4096xf32>, %{{.*}}: memref<8x4096xf32>)
// CHECK:   arith.constant 9.99999974E-6 : f32
// CHECK:   scf.forall
// CHECK: func.func private @norm_cpu_rms_norm_0(
// CHECK:   arith.constant 9.99999997E-7 : f32
// CHECK: func.func private @norm_cpu_layer_norm(%{{.*}}: memref<8x4096xf32>, %{{.*}}: memref<8x4096xf32>, %{{.*}}: memref<8x1xf32>, %{{.*}}: memref<8x1xf32>)
// CHECK:   memref.store
// CHECK-NOT: func.func private
func.func @first(%x: memref<8x4096xf32>, %g: memref<4096xf32>, %y: memref<8x4096xf32>, %s: memref<8x1xf32>) {
  norm.rms_norm %x : memref<8x4096xf32> scale(%g : memref<4096xf32>) outs(%y : memref<8x4096xf32>)
  norm.rms_norm %y : memref<8x4096xf32> scale(%g : memref<4096xf32>) outs(%x : memref<8x4096xf32>)
  norm.rms_norm %x : memref<8x4096xf32> scale(%g : memref<4096xf32>) outs(%y : memref<8x4096xf32>) {epsilon = 1.0e-6 : f64}
  norm.layer_norm %x : memref<8x4096xf32> outs(%y, %s, %s : memref<8x4096xf32>, memref<8x1xf32>, memref<8x1xf32>)
  return
}
func.func @second(%x: memref<8x4096xf32>, %g: memref<4096xf32>, %y: memref<8x4096xf32>) {
  norm.rms_norm %x : memref<8x4096xf32> scale(%g : memref<4096xf32>) outs(%y : memref<8x4096xf32>)
  return
}
