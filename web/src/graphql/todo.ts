import { gql } from '@urql/vue';

import type { MyTaskCountQuery, MyTaskCountQueryVariables, MyTasksQuery, MyTasksQueryVariables } from './generated';

/** One 待办 (API.md `myTasks`): what to do, why, and the page it is done on. */
export type TaskData = MyTasksQuery['myTasks']['items'][number];

export const MY_TASKS = gql<MyTasksQuery, MyTasksQueryVariables>`
  query MyTasks {
    myTasks {
      total
      items {
        title
        reason
        villageCode
        villageName
        year
        place
        waiting
      }
    }
  }
`;

export const MY_TASK_COUNT = gql<MyTaskCountQuery, MyTaskCountQueryVariables>`
  query MyTaskCount {
    myTasks {
      total
    }
  }
`;
