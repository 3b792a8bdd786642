// A short article with headings on their own lines (followed by a single line break, as a web page pastes), for
// the tests of choosing a draft's concepts: data tests, the generator's unit tests and the e2e journey.
export const ROCK_CYCLE_ARTICLE = `The Rock Cycle

Rocks seem permanent, but they change all the time, mostly over millions of years. The rock cycle is the set of processes by which rocks form, break down and form again.

Igneous rock
Igneous rock forms when molten rock cools and hardens. Molten rock below the surface is called magma, and molten rock that reaches the surface is called lava. Granite is an igneous rock that cools slowly deep underground, so its crystals grow large. Basalt cools quickly at the surface, and its crystals are tiny.

Sedimentary rock
Weathering is the breaking down of rock by water, ice, wind and living things. Erosion carries the broken pieces away to rivers, lakes and the sea, where they settle as sediment. Over time, layers of sediment are pressed and cemented together into sedimentary rock. Sandstone and limestone are common sedimentary rocks, and they often hold fossils.

Metamorphic rock
Metamorphic rock forms when heat and pressure change a rock without melting it. Marble is a metamorphic rock made from limestone, and slate forms from shale. Plate tectonics pushes rocks deep underground, where the heat and pressure of the mantle change them.

Why the rock cycle matters
Geologists read the rock cycle to learn the history of a place. A layer of sandstone shows that a desert or a beach was once there, and fossils in limestone show that a warm sea covered the land. Plate tectonics also lifts buried rocks back to the surface, where weathering starts the cycle again.
`;

/**
 * Words of the article, named in two sentences or more, that none of the generator's concepts covers: what a
 * teacher adds by selecting them. Read from the generator's output, so the tests follow it as it learns terms.
 */
export function wordsToPick(conceptKeys: readonly string[]): string {
  const candidates = ['fossils', 'sandstone', 'weathering', 'crystals', 'limestone', 'sediment', 'basalt'];
  const picked = candidates.find((words) => {
    const stem = words.replace(/s$/, '');
    const named = ROCK_CYCLE_ARTICLE.match(new RegExp(`\\b${stem}`, 'gi'))?.length ?? 0;
    return named >= 2 && !conceptKeys.some((key) => key.includes(stem));
  });
  if (!picked) throw new Error('Every candidate word is already a concept of the rock-cycle article: add another candidate.');
  return picked;
}
