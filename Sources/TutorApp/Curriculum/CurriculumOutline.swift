/// The seven stages of dltutor's curriculum (docs/CURRICULUM.md), in the recommended order.
/// The home screen lists the ones whose lesson file is not written yet from this outline, so
/// the learner sees the whole path ("coming soon") and not only the stages that exist.
public enum CurriculumOutline {
    /// Every stage, numbered 1 to 7.
    public static let stages: [CurriculumStage] = [
        CurriculumStage(
            number: 1, title: "Linear algebra", tagline: "a network is nested matrix arithmetic",
            topics: [
                "vectors, and the dot product as similarity and projection",
                "matrices as linear maps; how shapes combine in a product",
                "the fully connected layer Y = XWᵀ + b, with b broadcast over the batch",
                "eigenvectors by power iteration",
                "the SVD and low-rank approximation",
            ]),
        CurriculumStage(
            number: 2, title: "Probability and information", tagline: "where loss functions come from",
            topics: [
                "Bernoulli, categorical and Gaussian distributions; sampling",
                "Bayes' theorem and maximum likelihood",
                "entropy, cross-entropy and KL divergence",
                "softmax, temperature and the stable log-sum-exp",
            ]),
        CurriculumStage(
            number: 3, title: "Calculus and optimization", tagline: "how learning moves downhill",
            topics: [
                "derivatives, finite differences, gradients and the chain rule",
                "gradient descent, and learning rates that are too small or too large",
                "ill-conditioned valleys, momentum and RMSProp",
                "Adam with bias correction, and learning-rate decay",
            ]),
        CurriculumStage(
            number: 4, title: "Backpropagation", tagline: "the chain rule, organised",
            topics: [
                "computational graphs with forward and backward passes",
                "local gradients of the common operations, as vector-Jacobian products",
                "checking gradients against finite differences",
                "a two-layer network by hand; Xavier/He initialisation and vanishing gradients",
            ]),
        CurriculumStage(
            number: 5, title: "Convolutional networks", tagline: "sharing weights across space",
            topics: [
                "convolution as a sliding dot product, in 1-D and 2-D",
                "padding, stride, channels, pooling and the output-size formula",
                "im2col: convolution as one matrix product",
                "LeNet-5, what its kernels learn, and data augmentation",
            ]),
        CurriculumStage(
            number: 6, title: "Residual networks", tagline: "let gradients take the short way",
            topics: [
                "why a deeper plain network can train worse",
                "the residual connection y = F(x) + x and projection shortcuts",
                "batch normalisation",
                "a small ResNet, and why identity paths keep gradients alive",
            ]),
        CurriculumStage(
            number: 7, title: "Training in practice", tagline: "the usual traps",
            topics: [
                "train/validation/test splits and data leakage",
                "overfitting and its cures: weight decay, dropout, early stopping",
                "class imbalance, batch size and learning-rate schedules",
                "mixed precision, int8 quantization and pruning",
            ]),
    ]
}
