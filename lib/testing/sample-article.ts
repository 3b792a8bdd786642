// A short expository article for tests that run the real generator (data tests and the e2e journey).
export const SAMPLE_ARTICLE = `How Plants Make Food

Photosynthesis is the process by which green plants, algae and some bacteria turn light energy into chemical energy. It takes place mainly in the leaves, inside small structures called chloroplasts. Chlorophyll is the green pigment that absorbs red and blue light and gives leaves their colour.

The process needs three inputs: carbon dioxide, water and sunlight. Carbon dioxide enters the leaf through tiny pores called stomata. Water travels from the roots to the leaves through a tissue called xylem. Glucose, the sugar made by photosynthesis, is carried to the rest of the plant through the phloem.

Photosynthesis happens in two stages. The light-dependent reactions take place in the thylakoid membranes, where light energy splits water molecules and releases oxygen. The Calvin cycle takes place in the stroma and uses the energy stored in ATP and NADPH to fix carbon dioxide into sugar. The enzyme that fixes carbon dioxide is called RuBisCO, and it is probably the most abundant protein on Earth.

The rate of photosynthesis depends on light intensity, the concentration of carbon dioxide and temperature. A limiting factor is the condition that is in shortest supply and so holds the rate back. On a cold sunny morning, temperature is usually the limiting factor; in a shaded forest, light is.

Photosynthesis matters far beyond the plant itself. It produces almost all of the oxygen in the atmosphere, and it is the first step of nearly every food chain on land. Fossil fuels such as coal and oil are the remains of organisms that stored the energy of ancient sunlight through photosynthesis. In 1779 the Dutch scientist Jan Ingenhousz showed that plants release oxygen only in light, which was one of the first steps in understanding the process.

Scientists study photosynthesis to grow better crops and to design artificial leaves. Artificial photosynthesis is the attempt to copy the process in a machine that turns sunlight, water and carbon dioxide into fuel.
`;
