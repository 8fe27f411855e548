import Grading
import Lessons

/// "Continue" on the home screen: the bookmarked place, or the next unfinished stage once the
/// bookmarked one is complete.
extension TutorApplication {
    /// Where `c` leads: the bookmark moved on past a completed stage; nil for a new learner.
    var continuePlace: Bookmark? {
        guard let bookmark = session.bookmark else { return nil }
        let all = statuses()
        return bookmark.continuing(in: session.curriculum) { all[$0] ?? .notStarted }
    }

    /// Goes to the continue place: its stage and step, and its exercise if there was one.
    mutating func resume() {
        guard let place = continuePlace, let stage = session.curriculum.stage(id: place.stageID) else {
            return
        }
        openReader(stage, step: place.step)
        if let exerciseID = place.exerciseID, let target = session.curriculum.exercise(id: exerciseID) {
            reader?.reveal(exerciseID: exerciseID)
            if case .lab = target.kind { return }
            _ = openExercise(target)
        }
    }

    /// "stage 1 · step 3/9 · Matrices as maps · Dot product" for the continue place, with the
    /// finished stage named when it moved on past one; nil without a bookmark.
    func continueLabel() -> String? {
        guard let place = continuePlace, let stage = session.curriculum.stage(id: place.stageID),
            stage.steps.indices.contains(place.step)
        else { return nil }
        var text =
            "stage \(stage.order) · step \(place.step + 1)/\(stage.steps.count) · \(stage.steps[place.step].title)"
        if let id = place.exerciseID, let exercise = session.curriculum.exercise(id: id) {
            text += " · \(exercise.title)"
        }
        if let bookmark = session.bookmark, bookmark.stageID != place.stageID,
            let finished = session.curriculum.stage(id: bookmark.stageID)
        {
            // Said as the reason for moving on, so it cannot read as "only stage N is done".
            text += "  (you finished stage \(finished.order) ✓)"
        }
        return text
    }
}
