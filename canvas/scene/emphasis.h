#pragma once

namespace studio {

// How a teaching view wants one object drawn: a step-through fades what is not built yet and
// highlights the current step's objects; the packet view highlights the path and fades the rest.
enum class Emphasis { Normal, Faded, Highlighted };

} // namespace studio
