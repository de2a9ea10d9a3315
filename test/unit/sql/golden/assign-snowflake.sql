-- PersonaLens persona assignment, written for Snowflake.
-- What it does: it takes the rows of dataset.customers that match the goal (the segment), computes
-- for each row the 3 features the personas were built on from its own columns, and gives it the
-- persona whose cluster centre is nearest. It returns the file's columns with three more:
-- persona_cluster (0 to 2), persona_name and persona_label.
-- Every number in it was measured on the file in PersonaLens: how each column is scaled to 0–1
-- (values beyond the file’s 1st and 99th percentiles count as those), the value a missing cell
-- takes (the file’s median), how much each column counts in a feature, and each feature’s mean,
-- spread and weight. Customers unlike any in the file still get the nearest persona.
-- The app grouped rows with Gaussian mixture, which has no exact form in SQL; the SQL gives each
-- row the persona whose cluster centre (the mean of its rows' features) is nearest instead. On this
-- file it gives 391 of the segment's 400 rows the persona the app gave them (97.7 %).
-- The features:
--   family_spend_pressure: has_children ×0.625 + children_count ×0.375, standardised, weight 0.8
--   premium_affinity: income ×0.75 + low city_tier ×0.25, standardised, weight 1.2
--   age: age ×1, standardised, weight 1
WITH pl_segment AS (
  SELECT *,
    CAST("Age" AS DOUBLE) AS "pl_number0",
    CAST("Income (k$)" AS DOUBLE) AS "pl_number1",
    CAST("Kidhome" AS DOUBLE) AS "pl_number2",
    CAST("Teenhome" AS DOUBLE) AS "pl_number3"
  FROM "dataset"."customers"
    WHERE trim("Gender") IN ('Female')
),
pl_raw AS (
  SELECT "Gender",
    "Age",
    "Income (k$)",
    "Kidhome",
    "Teenhome",
    "City",
    "pl_number0" AS pl_raw0,
    ("pl_number1" * 1000) AS pl_raw1,
    CASE WHEN ("pl_number2" + "pl_number3") > 0 THEN 1 WHEN NOT (("pl_number2" + "pl_number3") > 0) THEN 0 END AS pl_raw2,
    ("pl_number2" + "pl_number3") AS pl_raw3,
    CASE lower(trim("City")) WHEN 'mumbai' THEN 1 WHEN 'pune' THEN 2 WHEN 'nashik' THEN 3 ELSE NULL END AS pl_raw4
  FROM pl_segment
),
pl_ratio AS (
  SELECT "Gender",
    "Age",
    "Income (k$)",
    "Kidhome",
    "Teenhome",
    "City",
    pl_raw0,
    pl_raw1,
    pl_raw2,
    pl_raw3,
    pl_raw4,
    (pl_raw0 - CAST('19.49' AS DOUBLE)) / CAST('41.02' AS DOUBLE) AS pl_ratio0,
    (pl_raw1 - CAST('15000' AS DOUBLE)) / CAST('122000' AS DOUBLE) AS pl_ratio1,
    (pl_raw2 - CAST('0' AS DOUBLE)) / CAST('1' AS DOUBLE) AS pl_ratio2,
    (pl_raw4 - CAST('1' AS DOUBLE)) / CAST('2' AS DOUBLE) AS pl_ratio4
  FROM pl_raw
),
pl_unit AS (
  SELECT "Gender",
    "Age",
    "Income (k$)",
    "Kidhome",
    "Teenhome",
    "City",
    CASE WHEN pl_raw0 IS NULL THEN CAST('0.4510002437835203' AS DOUBLE) ELSE CASE WHEN pl_ratio0 > CAST('1' AS DOUBLE) THEN CAST('1' AS DOUBLE) WHEN pl_ratio0 < CAST('0' AS DOUBLE) THEN CAST('0' AS DOUBLE) ELSE pl_ratio0 END END AS pl_unit0,
    CASE WHEN pl_raw1 IS NULL THEN CAST('0.36475409836065575' AS DOUBLE) ELSE CASE WHEN pl_ratio1 > CAST('1' AS DOUBLE) THEN CAST('1' AS DOUBLE) WHEN pl_ratio1 < CAST('0' AS DOUBLE) THEN CAST('0' AS DOUBLE) ELSE pl_ratio1 END END AS pl_unit1,
    CASE WHEN pl_raw2 IS NULL THEN CAST('1' AS DOUBLE) ELSE CASE WHEN pl_ratio2 > CAST('1' AS DOUBLE) THEN CAST('1' AS DOUBLE) WHEN pl_ratio2 < CAST('0' AS DOUBLE) THEN CAST('0' AS DOUBLE) ELSE pl_ratio2 END END AS pl_unit2,
    CASE WHEN pl_raw3 IS NULL THEN CAST('0.5' AS DOUBLE) ELSE CAST('0.5' AS DOUBLE) END AS pl_unit3,
    CASE WHEN pl_raw4 IS NULL THEN CAST('0.5' AS DOUBLE) ELSE CASE WHEN pl_ratio4 > CAST('1' AS DOUBLE) THEN CAST('1' AS DOUBLE) WHEN pl_ratio4 < CAST('0' AS DOUBLE) THEN CAST('0' AS DOUBLE) ELSE pl_ratio4 END END AS pl_unit4
  FROM pl_ratio
),
pl_feature AS (
  SELECT "Gender",
    "Age",
    "Income (k$)",
    "Kidhome",
    "Teenhome",
    "City",
    ((CAST('0.625' AS DOUBLE) * pl_unit2 + CAST('0.375' AS DOUBLE) * pl_unit3) - CAST('0.5123' AS DOUBLE)) / CAST('0.2871' AS DOUBLE) * CAST('0.8' AS DOUBLE) AS pl_feature0,
    ((CAST('0.75' AS DOUBLE) * pl_unit1 + CAST('0.25' AS DOUBLE) * (CAST('1' AS DOUBLE) - pl_unit4)) - CAST('0.4412' AS DOUBLE)) / CAST('0.1934' AS DOUBLE) * CAST('1.2' AS DOUBLE) AS pl_feature1,
    ((CAST('1' AS DOUBLE) * pl_unit0) - CAST('0.47' AS DOUBLE)) / CAST('0.31' AS DOUBLE) * CAST('1' AS DOUBLE) AS pl_feature2
  FROM pl_unit
),
pl_distance AS (
  SELECT "Gender",
    "Age",
    "Income (k$)",
    "Kidhome",
    "Teenhome",
    "City",
    (pl_feature0 - CAST('0.61' AS DOUBLE)) * (pl_feature0 - CAST('0.61' AS DOUBLE)) + (pl_feature1 - CAST('-0.42' AS DOUBLE)) * (pl_feature1 - CAST('-0.42' AS DOUBLE)) + (pl_feature2 - CAST('1.1' AS DOUBLE)) * (pl_feature2 - CAST('1.1' AS DOUBLE)) AS pl_distance0,
    (pl_feature0 - CAST('-0.83' AS DOUBLE)) * (pl_feature0 - CAST('-0.83' AS DOUBLE)) + (pl_feature1 - CAST('1.27' AS DOUBLE)) * (pl_feature1 - CAST('1.27' AS DOUBLE)) + (pl_feature2 - CAST('-0.2' AS DOUBLE)) * (pl_feature2 - CAST('-0.2' AS DOUBLE)) AS pl_distance1,
    (pl_feature0 - CAST('0.05' AS DOUBLE)) * (pl_feature0 - CAST('0.05' AS DOUBLE)) + (pl_feature1 - CAST('-0.91' AS DOUBLE)) * (pl_feature1 - CAST('-0.91' AS DOUBLE)) + (pl_feature2 - CAST('-1.3' AS DOUBLE)) * (pl_feature2 - CAST('-1.3' AS DOUBLE)) AS pl_distance2
  FROM pl_feature
),
pl_nearest AS (
  SELECT "Gender",
    "Age",
    "Income (k$)",
    "Kidhome",
    "Teenhome",
    "City",
    CASE WHEN pl_distance0 <= pl_distance1 AND pl_distance0 <= pl_distance2 THEN 0 WHEN pl_distance1 <= pl_distance2 THEN 1 ELSE 2 END AS pl_cluster
  FROM pl_distance
)
SELECT
  "Gender",
  "Age",
  "Income (k$)",
  "Kidhome",
  "Teenhome",
  "City",
  pl_cluster AS persona_cluster,
  CASE pl_cluster WHEN 0 THEN 'Asha' WHEN 1 THEN 'Meera' WHEN 2 THEN 'Kavya' END AS persona_name,
  CASE pl_cluster WHEN 0 THEN 'Budget Mom' WHEN 1 THEN 'Premium Parent' WHEN 2 THEN 'Young Saver' END AS persona_label
FROM pl_nearest;
